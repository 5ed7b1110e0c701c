import type { LoadedOrg } from './matching.repository';
import { mayAnswer, type PinnableCall, type Pinned } from './pinned';
import {
  byRank,
  exclusion,
  rankOf,
  ranksAbove,
  scoreCall,
  scoreOrganisation,
  select,
  type OrgFacts,
  type Rank,
  type Ranked,
  type Subject,
} from './scoring';
import type { ListBar, StoredCall, StoredList, StoredOrganisation } from './subject-state.repository';

// The incremental refresh's cheap path (issue 18 §3): a subject whose own inputs did not change
// but whose list may gain a newcomer, shows an organisation or call that changed or left, or
// lost one to a dismissal, is patched from its stored list instead of searched again. The
// stored list and its reserve (the next best its searches found) are scored anew (each
// organisation with the text relevance it was found with, so unchanged ones keep their scores
// exactly), those that are gone, dismissed, excluded or no longer answerable drop out, the
// targets are scored in with their relevance to the subject's words now (one search restricted
// to them, which costs little), and the list is chosen again from them. Whenever a place could
// go to a candidate the patch does not hold (the reserve ran out above the rank no left-out
// candidate reaches), the answer is "recompute".

type Candidate = OrgFacts & { relevance: number };

/** Candidates kept beyond the list's ten, per list: what a patch can fill places from. */
export const RESERVE = 10;

export interface PatchInput {
  subject: Subject;
  last: StoredList;
  /** The listed and reserve organisations and the organisation targets, as PostgreSQL has them now. */
  organisations: LoadedOrg[];
  /** The listed and reserve calls and the call targets (organisation subjects only). */
  calls: PinnableCall[];
  dismissed: Set<string>;
  /** Organisations and calls that are new or changed: scored in, or scored again where held. */
  targets: Pinned;
  /** The text relevance of the organisation targets for the subject's words now (absent: none). */
  relevance: Map<string, number>;
}

/** A list chosen from candidates, the reserve behind it, and the rank no left-out one reaches. */
export interface Chosen<T> {
  top: Ranked<T>[];
  reserve: Ranked<T>[];
  floor: Rank | null;
}

export interface Patched {
  organisations: Ranked<Candidate>[];
  calls: Ranked<string>[];
  /** What to store for the next patch. */
  stored: StoredList;
  /** Whether the lists differ from the stored ones (the suggestions need writing)… */
  changed: boolean;
  /** …or only the reserve does (the stored state needs writing). */
  reserveChanged: boolean;
}

/**
 * The top `n` of these candidates (diversified) and the reserve behind them. `floor` is the best
 * rank a candidate missing from `pool` may have (null: none is missing); only those ranking
 * above it are chosen from, and the answer is null when the choice could depend on one that is
 * missing. The new floor is the best rank of those left out of the reserve.
 */
export function choose<T>(pool: Ranked<T>[], n: number, floor: Rank | null): Chosen<T> | null {
  const known = floor ? pool.filter((r) => ranksAbove(r, floor)) : pool;
  const { picked, complete } = select(known, n, floor?.tier ?? null);
  if (!complete) return null;
  const rest = known.filter((r) => !picked.includes(r)).sort(byRank);
  return {
    top: picked,
    reserve: rest.slice(0, RESERVE),
    floor: rest.length > RESERVE ? rankOf(rest[RESERVE]) : floor,
  };
}

const storedOrg = (o: Ranked<Candidate>): StoredOrganisation => ({
  id: o.item.id,
  relevance: o.item.relevance,
  score: o.scored.score,
  ...(o.scored.tier ? { tier: o.scored.tier } : {}),
});
const storedCall = (c: Ranked<string>): StoredCall => ({
  id: c.item,
  score: c.scored.score,
  ...(c.scored.tier ? { tier: c.scored.tier } : {}),
});

/** What a refresh stores of its lists, for the next patch. */
export function storedList(organisations: Chosen<Candidate>, calls: Chosen<string>): StoredList {
  return {
    organisations: organisations.top.map(storedOrg),
    calls: calls.top.map(storedCall),
    reserve: {
      organisations: organisations.reserve.map(storedOrg),
      calls: calls.reserve.map(storedCall),
      organisationFloor: organisations.floor,
      callFloor: calls.floor,
    },
  };
}

/**
 * What a newcomer must reach to enter these lists or their reserve (see ListBar): the reverse
 * pass patches every list it would enter, so that a reserve never lacks one who outranks it.
 */
export function barOf(stored: StoredList): ListBar {
  return {
    orgCount: stored.organisations.length + (stored.reserve?.organisations.length ?? 0),
    orgTenth: stored.reserve?.organisationFloor?.score ?? null,
    callCount: stored.calls.length + (stored.reserve?.calls.length ?? 0),
    callTenth: stored.reserve?.callFloor?.score ?? null,
  };
}

/** Nothing was chosen from and nothing left out (a subject without calls). */
export const NONE: Chosen<never> = { top: [], reserve: [], floor: null };

/** The patched lists, or null when only a recompute can say what the list is now. */
export function patchList(input: PatchInput, n: number): Patched | null {
  const { subject, last, dismissed } = input;
  // Lists kept before reserves were cannot tell who would take a place that falls free.
  if (!last.reserve) return null;
  const orgTargets = new Set(input.targets.organisations ?? []);
  const callTargets = new Set(input.targets.calls ?? []);
  const orgs = new Map(input.organisations.map((o) => [o.facts.id, o]));
  const calls = new Map(input.calls.map((c) => [c.id, c]));

  const held = [...last.organisations, ...last.reserve.organisations];
  const pool: Ranked<Candidate>[] = [];
  for (const id of new Set([...held.map((h) => h.id), ...orgTargets])) {
    const o = orgs.get(id);
    if (!o || o.status !== 'published' || dismissed.has(id) || exclusion(subject, o.facts) !== null) continue;
    // A changed one matches the words as well as it does now; the others as when found.
    const stored = held.find((h) => h.id === id);
    const relevance = orgTargets.has(id) || !stored ? (input.relevance.get(id) ?? 0) : stored.relevance;
    pool.push({
      item: { ...o.facts, relevance },
      scored: scoreOrganisation(subject, o.facts, relevance),
      country: o.facts.country,
    });
  }
  const organisations = choose(pool, n, last.reserve.organisationFloor);
  if (!organisations) return null;

  let chosenCalls: Chosen<string> = NONE;
  if (subject.kind === 'organisation') {
    const heldCalls = [...last.calls, ...last.reserve.calls].map((c) => c.id);
    const callPool = [...new Set([...heldCalls, ...callTargets])].flatMap((id) => {
      const c = calls.get(id);
      return c && !dismissed.has(id) && mayAnswer(subject.org, c)
        ? [{ item: id, scored: scoreCall(subject.org, c), country: c.country }]
        : [];
    });
    const chosen = choose(callPool, n, last.reserve.callFloor);
    if (!chosen) return null;
    chosenCalls = chosen;
  }
  const stored = storedList(organisations, chosenCalls);
  const same = <T extends { id: string; score: number }>(a: T[], b: T[]) =>
    a.length === b.length && a.every((x, i) => x.id === b[i].id && x.score === b[i].score);
  const changed = !same(stored.organisations, last.organisations) || !same(stored.calls, last.calls);
  const reserveChanged =
    !same(stored.reserve!.organisations, last.reserve.organisations) ||
    !same(stored.reserve!.calls, last.reserve.calls) ||
    JSON.stringify([stored.reserve!.organisationFloor, stored.reserve!.callFloor]) !==
      JSON.stringify([last.reserve.organisationFloor, last.reserve.callFloor]);
  return { organisations: organisations.top, calls: chosenCalls.top, stored, changed, reserveChanged };
}
