import { isAction, mayTakePart } from '@syndesmos/taxonomies';
import type { LoadedOrg, SubjectKind } from './matching.repository';
import {
  diversify,
  exclusion,
  scoreCall,
  scoreOrganisation,
  type CallFacts,
  type OrgFacts,
  type Ranked,
  type Subject,
} from './scoring';
import type { ListBar } from './subject-state.repository';

// Newcomers pinned into a subject's list: the reverse pass found that an organisation or call
// would enter it, and the subject's own searches (a few dozen hits among 100,000) may not bring
// it. It is scored like any candidate, under the same exclusions, and the list diversified again.

/** Newcomers a refresh must consider beside what its searches bring. */
export interface Pinned {
  organisations?: string[];
  calls?: string[];
}

/** One subject to refresh, with the newcomers the reverse pass found for it. */
export interface PlannedRefresh {
  kind: SubjectKind;
  id: string;
  include?: Pinned;
  /** Patch the stored list with `include` (new or changed targets) instead of searching again. */
  patch?: boolean;
}

/** An open call as a candidate for an organisation, with what decides whether it may answer. */
export interface PinnableCall extends CallFacts {
  action: string;
  /** A sought partner leaves this dimension open. */
  anyCountry: boolean;
  anySector: boolean;
  anyType: boolean;
  /** Countries the call refuses outright (a hard exclusion, as in call search). */
  excludedCountries: string[];
  /** Open, its organisation published, its answer-by day not over. */
  open: boolean;
}

type Candidate = OrgFacts & { relevance: number };

/**
 * The ranked list with these organisations scored in, with the text relevance `relevance` gives
 * (none where it says nothing: they were not searched), diversified to `n`; without `n`, a pool
 * the caller chooses from afterwards (added, not diversified twice).
 */
export function pinOrganisations(
  subject: Subject,
  ranked: Ranked<Candidate>[],
  loaded: LoadedOrg[],
  dismissed: Set<string>,
  n?: number,
  relevance: Map<string, number> = new Map(),
): Ranked<Candidate>[] {
  const extra = loaded
    .filter(
      (o) =>
        o.status === 'published' &&
        !dismissed.has(o.facts.id) &&
        !ranked.some((r) => r.item.id === o.facts.id) &&
        exclusion(subject, o.facts) === null,
    )
    .map((o) => {
      const r = relevance.get(o.facts.id) ?? 0;
      return {
        item: { ...o.facts, relevance: r },
        scored: scoreOrganisation(subject, o.facts, r),
        country: o.facts.country,
      };
    });
  return pinned(ranked, extra, n);
}

/** The ranked list and the pinned ones: diversified to `n`, or a pool to choose from. */
function pinned<T>(ranked: Ranked<T>[], extra: Ranked<T>[], n?: number): Ranked<T>[] {
  if (!extra.length) return ranked;
  return n === undefined ? [...ranked, ...extra] : diversify([...ranked, ...extra], n);
}

/** Whether an organisation may answer this call: what the call index's `fits` filter asks. */
export function mayAnswer(org: OrgFacts, call: PinnableCall): boolean {
  return (
    call.open &&
    call.organisationId !== org.id &&
    (call.anyCountry || call.soughtCountries.includes(org.country)) &&
    !call.excludedCountries.includes(org.country) &&
    (call.anyType || call.soughtOrganisationTypes.includes(org.type)) &&
    (call.anySector || org.nace.some((s) => call.soughtNaceSections.includes(s))) &&
    isAction(call.action) &&
    mayTakePart(call.action, org.country)
  );
}

/** The ranked calls with these calls scored in, when the organisation may answer them (`n` as above). */
export function pinCalls(
  org: OrgFacts,
  ranked: Ranked<string>[],
  calls: PinnableCall[],
  dismissed: Set<string>,
  n?: number,
): Ranked<string>[] {
  const extra = calls
    .filter((c) => !dismissed.has(c.id) && !ranked.some((r) => r.item === c.id) && mayAnswer(org, c))
    .map((c) => ({ item: c.id, scored: scoreCall(org, c), country: c.country }));
  return pinned(ranked, extra, n);
}

/** Whether a candidate scoring `score` would enter a list or its reserve with this bar (no bar: never computed). */
export function wouldEnter(bar: ListBar | undefined, list: 'organisations' | 'calls', score: number, n: number) {
  if (!bar) return true;
  const [count, tenth] = list === 'organisations' ? [bar.orgCount, bar.orgTenth] : [bar.callCount, bar.callTenth];
  return count < n || tenth === null || score >= tenth;
}
