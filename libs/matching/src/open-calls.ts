import { Injectable } from '@nestjs/common';
import { mayAnswer, type PinnableCall } from './pinned';
import type { OrgFacts } from './scoring';
import { SubjectStateRepository } from './subject-state.repository';

// The open calls, held in memory, as what an organisation's call suggestions are chosen from:
// every call it may answer is scored, not just the first few a search returns. There are few
// (thousands, where organisations are a hundred thousand); a refresh run takes one snapshot for
// all its subjects, and a single refresh reuses the last one while PostgreSQL's key for the
// calls is unchanged (see callsKey), so a call opened or closed a moment ago counts at once.

/** A snapshot is reloaded at least this often (an owner suspended leaves the calls' key alone). */
export const OPEN_CALLS_MAX_AGE_MS = 60_000;

export class CallSnapshot {
  private readonly anywhere: PinnableCall[] = [];
  private readonly byCountry = new Map<string, PinnableCall[]>();

  constructor(calls: PinnableCall[]) {
    // Indexed by the country a call seeks partners in: most calls seek a few.
    for (const c of calls) {
      if (c.anyCountry) this.anywhere.push(c);
      else
        for (const country of c.soughtCountries) {
          const list = this.byCountry.get(country) ?? [];
          list.push(c);
          this.byCountry.set(country, list);
        }
    }
  }

  /** The calls this organisation may answer (mayAnswer), each once. */
  answerable(org: OrgFacts): PinnableCall[] {
    return [...this.anywhere, ...(this.byCountry.get(org.country) ?? [])].filter((c) => mayAnswer(org, c));
  }
}

@Injectable()
export class OpenCalls {
  private held: { key: string; at: number; snapshot: CallSnapshot } | null = null;
  private loading: { key: string; done: Promise<CallSnapshot> } | null = null;

  constructor(private readonly state: SubjectStateRepository) {}

  /** The open calls as PostgreSQL holds them now. */
  async snapshot(): Promise<CallSnapshot> {
    const key = await this.state.callsKey();
    if (this.held?.key === key && Date.now() - this.held.at < OPEN_CALLS_MAX_AGE_MS) return this.held.snapshot;
    if (this.loading?.key !== key) {
      const done = this.state.openCalls().then((calls) => {
        const snapshot = new CallSnapshot(calls);
        this.held = { key, at: Date.now(), snapshot };
        return snapshot;
      });
      this.loading = { key, done };
      void done
        .catch(() => undefined)
        .finally(() => {
          if (this.loading?.done === done) this.loading = null;
        });
    }
    return this.loading.done;
  }
}
