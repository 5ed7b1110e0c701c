import type { LoadedOrg } from './matching.repository';
import { listBar, mayAnswer, pinCalls, pinOrganisations, wouldEnter, type PinnableCall, type Pinned } from './pinned';
import {
  diversify,
  exclusion,
  scoreCall,
  scoreOrganisation,
  type OrgFacts,
  type Ranked,
  type Subject,
} from './scoring';
import type { StoredList } from './subject-state.repository';

// The incremental refresh's cheap path (issue 18 §3): a subject whose own inputs did not change
// but whose list may gain a newcomer, or shows an organisation or call that changed, is patched
// from its stored list instead of searched again. Its list is scored anew from what it holds
// (each organisation with the text relevance it was found with, so unchanged ones keep their
// scores exactly), the targets are scored in with their relevance to the subject's words now
// (one search restricted to them, which costs little), and the list is diversified again. Whenever a
// place in the list could go to someone the subject's searches would find, and the patch cannot
// know who, the answer is "recompute": a listed target that is gone, dismissed, excluded, no
// longer answerable, or that changed and fell below the list's old tenth.

type Candidate = OrgFacts & { relevance: number };

export interface PatchInput {
  subject: Subject;
  last: StoredList;
  /** The listed organisations and the organisation targets, as PostgreSQL has them now. */
  organisations: LoadedOrg[];
  /** The listed calls and the call targets (organisation subjects only). */
  calls: PinnableCall[];
  dismissed: Set<string>;
  /** Organisations and calls that are new or changed: scored in, or scored again where listed. */
  targets: Pinned;
  /** The text relevance of the organisation targets for the subject's words now (absent: none). */
  relevance: Map<string, number>;
}

export interface Patched {
  organisations: Ranked<Candidate>[];
  calls: Ranked<string>[];
  /** Whether the list differs from the stored one (else nothing needs writing). */
  changed: boolean;
}

const idOf = (item: unknown): string => (typeof item === 'string' ? item : (item as { id: string }).id);
/** The same targets in the same order with the same scores. */
const sameList = (a: Ranked<unknown>[], stored: { id: string; score: number }[]) =>
  a.length === stored.length && a.every((r, i) => idOf(r.item) === stored[i].id && r.scored.score === stored[i].score);

/** The patched lists, or null when only a recompute can say what the list is now. */
export function patchList(input: PatchInput, n: number): Patched | null {
  const { subject, last, dismissed } = input;
  // The bar from the stored scores themselves (the state row keeps them as PostgreSQL reals).
  const bar = listBar(
    last.organisations.map((o) => ({ scored: { score: o.score } })),
    last.calls.map((c) => ({ scored: { score: c.score } })),
    n,
  );
  const orgTargets = new Set(input.targets.organisations ?? []);
  const callTargets = new Set(input.targets.calls ?? []);
  const orgs = new Map(input.organisations.map((o) => [o.facts.id, o]));
  const calls = new Map(input.calls.map((c) => [c.id, c]));

  const listed: Ranked<Candidate>[] = [];
  for (const stored of last.organisations) {
    const { id } = stored;
    const o = orgs.get(id);
    if (!o || o.status !== 'published' || dismissed.has(id) || exclusion(subject, o.facts) !== null) return null;
    // A changed one matches the words as well as it does now; the others as when found.
    const relevance = orgTargets.has(id) ? (input.relevance.get(id) ?? 0) : stored.relevance;
    const scored = scoreOrganisation(subject, o.facts, relevance);
    if (orgTargets.has(id) && !wouldEnter(bar, 'organisations', scored.score, n)) return null;
    listed.push({ item: { ...o.facts, relevance }, scored, country: o.facts.country });
  }
  const newcomers = [...orgTargets].flatMap((id) => {
    const o = orgs.get(id);
    return o && !last.organisations.some((l) => l.id === id) ? [o] : [];
  });
  const organisations = pinOrganisations(subject, diversify(listed, n), newcomers, dismissed, n, input.relevance);

  let listedCalls: Ranked<string>[] = [];
  if (subject.kind === 'organisation') {
    for (const { id } of last.calls) {
      const c = calls.get(id);
      if (!c || dismissed.has(id) || !mayAnswer(subject.org, c)) return null;
      const scored = scoreCall(subject.org, c);
      if (callTargets.has(id) && !wouldEnter(bar, 'calls', scored.score, n)) return null;
      listedCalls.push({ item: id, scored, country: c.country });
    }
    const fresh = [...callTargets].flatMap((id) => {
      const c = calls.get(id);
      return c && !last.calls.some((l) => l.id === id) ? [c] : [];
    });
    listedCalls = pinCalls(subject.org, diversify(listedCalls, n), fresh, dismissed, n);
  }
  const changed = !sameList(organisations, last.organisations) || !sameList(listedCalls, last.calls);
  return { organisations, calls: listedCalls, changed };
}

/** What a refresh stores of its lists, for the next patch. */
export function storedList(organisations: Ranked<Candidate>[], calls: Ranked<string>[]): StoredList {
  return {
    organisations: organisations.map((o) => ({ id: o.item.id, relevance: o.item.relevance, score: o.scored.score })),
    calls: calls.map((c) => ({ id: c.item, score: c.scored.score })),
  };
}
