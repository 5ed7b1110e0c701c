import { Injectable } from '@nestjs/common';
import { MatchingService, type RefreshCounts } from './matching.service';
import type { PlannedRefresh } from './pinned';
import { ReverseMatcher } from './reverse-match';
import type { Subject } from './scoring';
import { subjectKey, SubjectStateRepository } from './subject-state.repository';

// The weekly refresh, incremental (issue 18 §3): a subject is looked at again only when its
// own inputs changed since its last list (its fingerprint), it had a dismissal, its list shows
// an organisation or call that changed or was withdrawn, or the reverse pass finds that one of
// the week's new or changed organisations and calls would enter it. Only the first are searched
// again; the others are patched from the stored list and its reserve (patch.ts), which costs
// no search unless the patch finds it cannot tell. A full recompute
// stays available (the job's `mode: 'full'`, `npm run cli -- refresh-suggestions --full`), and
// is what runs when no run has finished before.

/** Newcomers whose reverse pass runs at once while planning. */
export const PLAN_CONCURRENCY = 4;

export interface RefreshRunResult extends RefreshCounts {
  mode: 'full' | 'incremental';
  /** Subjects looked at again (planned): recomputed or patched. */
  planned: number;
  /** How long planning took (the reverse pass of every newcomer), in seconds; 0 for a full run. */
  planSeconds: number;
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
      const planned = done.refreshed + done.failed;
      await this.state.finishRun(runId, { planned, ...done });
      return { mode: 'full', planned, planSeconds: 0, ...done, changedOrganisations: 0, changedCalls: 0 };
    }
    const planStart = performance.now();
    const { plan, changedOrganisations, changedCalls } = await this.plan(since);
    const planSeconds = (performance.now() - planStart) / 1000;
    const done = await this.matching.refreshMany(plan, progress);
    await this.state.finishRun(runId, { planned: plan.length, ...done });
    return { mode: 'incremental', planned: plan.length, planSeconds, ...done, changedOrganisations, changedCalls };
  }

  /**
   * What an incremental run since `since` looks at again, with the newcomers each must consider:
   * recomputed when its own inputs changed; patched (patch.ts) when it had a dismissal, its list
   * shows a target that changed or was withdrawn, or a newcomer would enter it.
   */
  async plan(since: Date): Promise<{ plan: PlannedRefresh[]; changedOrganisations: number; changedCalls: number }> {
    const changed = await this.state.changedSince(since);
    const isCall = new Set(changed.calls);
    const plan = new Map<string, PlannedRefresh>();
    const add = (kind: PlannedRefresh['kind'], id: string, patch: boolean, targets: string[]) => {
      const key = subjectKey(kind, id);
      const entry = plan.get(key) ?? { kind, id, patch };
      entry.patch = entry.patch && patch;
      for (const t of targets) {
        const list = isCall.has(t) ? 'calls' : 'organisations';
        const held = entry.include?.[list] ?? [];
        if (!held.includes(t)) entry.include = { ...entry.include, [list]: [...held, t] };
      }
      plan.set(key, entry);
    };
    const changedTargets = [...changed.organisations, ...changed.calls, ...changed.withdrawn];
    for (const s of await this.state.dirty(since, changedTargets)) add(s.kind, s.id, !s.own, s.shows);

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
          for (const s of found.subjects) if (s.enters) add(s.kind, s.id, true, [n.id]);
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
