import { Injectable } from '@nestjs/common';
import { MatchingService } from './matching.service';
import type { PlannedRefresh } from './pinned';
import { ReverseMatcher } from './reverse-match';
import type { Subject } from './scoring';
import { subjectKey, SubjectStateRepository } from './subject-state.repository';

// The weekly refresh, incremental (issue 18 §3): a subject is recomputed only when its own
// inputs changed since its last list (its fingerprint), it had a dismissal, its list shows an
// organisation or call that changed, or the reverse pass finds that one of the week's new or
// changed organisations and calls would enter it. A full recompute stays available (the
// job's `mode: 'full'`, `npm run cli -- refresh-suggestions --full`), and is what runs when no
// run has finished before.

/** Newcomers whose reverse pass runs at once while planning. */
export const PLAN_CONCURRENCY = 4;

export interface RefreshRunResult {
  mode: 'full' | 'incremental';
  /** Subjects recomputed (planned), of how many live ones there are. */
  planned: number;
  refreshed: number;
  failed: number;
  changedOrganisations: number;
  changedCalls: number;
}

@Injectable()
export class RefreshPlanner {
  constructor(
    private readonly matching: MatchingService,
    private readonly reverse: ReverseMatcher,
    private readonly state: SubjectStateRepository,
  ) {}

  async run(
    mode: 'full' | 'incremental',
    progress: (done: number, total: number) => void = () => undefined,
  ): Promise<RefreshRunResult> {
    const since = mode === 'incremental' ? await this.state.lastRunStart() : null;
    const effective = since ? 'incremental' : 'full';
    // Started before planning: what changes while this run works is news for the next one.
    const runId = await this.state.startRun(effective);
    if (!since) {
      const done = await this.matching.refreshAll(progress);
      await this.state.finishRun(runId, { planned: done.refreshed + done.failed, ...done });
      return { mode: 'full', planned: done.refreshed + done.failed, ...done, changedOrganisations: 0, changedCalls: 0 };
    }
    const { plan, changedOrganisations, changedCalls } = await this.plan(since);
    const done = await this.matching.refreshMany(plan, progress);
    await this.state.finishRun(runId, { planned: plan.length, ...done });
    return { mode: 'incremental', planned: plan.length, ...done, changedOrganisations, changedCalls };
  }

  /** What an incremental run since `since` recomputes, with the newcomers each must consider. */
  async plan(since: Date): Promise<{ plan: PlannedRefresh[]; changedOrganisations: number; changedCalls: number }> {
    const changed = await this.state.changedSince(since);
    const plan = new Map<string, PlannedRefresh>();
    const add = (s: PlannedRefresh) => {
      const key = subjectKey(s.kind, s.id);
      if (!plan.has(key)) plan.set(key, { kind: s.kind, id: s.id });
      return plan.get(key)!;
    };
    const changedTargets = [...changed.organisations, ...changed.calls, ...changed.withdrawn];
    for (const s of await this.state.dirty(since, changedTargets)) add(s);

    const newcomers = [
      ...changed.organisations.map((id) => ({ kind: 'organisation' as const, id })),
      ...changed.calls.map((id) => ({ kind: 'call' as const, id })),
    ];
    const subjects = new Map<string, Subject | null>();
    let next = 0;
    await Promise.all(
      Array.from({ length: PLAN_CONCURRENCY }, async () => {
        while (next < newcomers.length) {
          const n = newcomers[next++];
          const found = await this.reverse.affected(n.kind, n.id, subjects);
          for (const s of found.subjects) {
            if (!s.enters) continue;
            const entry = add(s);
            const key = n.kind === 'organisation' ? 'organisations' : 'calls';
            entry.include = { ...entry.include, [key]: [...(entry.include?.[key] ?? []), n.id] };
          }
        }
      }),
    );
    return {
      plan: [...plan.values()],
      changedOrganisations: changed.organisations.length,
      changedCalls: changed.calls.length,
    };
  }
}
