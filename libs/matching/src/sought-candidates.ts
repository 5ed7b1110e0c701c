import type { OrgFacts, Wanted } from './scoring';

// Candidates by what a subject seeks, regardless of its words. One search for "any of these
// types, sectors or countries" is nearly never the same for two subjects (at 100,000 generated
// profiles, 83,827 distinct ones), so the weekly run asked Meilisearch 84,000 times for 50
// documents each, in the index's own order: the most costly part of the run. Instead, each
// value sought (one type, one sector, one country: about seventy in all) is its own search,
// which a run asks once and every subject seeking that value shares; a subject's candidates
// are drawn from its values' lists, those meeting more of what it seeks first, then in turn
// from each list so that every value it seeks is represented.

/** What one value sought is, as the index filters it. */
export interface SoughtValue {
  attribute: 'organisationType' | 'naceSections' | 'country';
  value: string;
}

/** Each value the subject seeks, once, types first, then sectors, then countries. */
export function soughtValues(w: Wanted): SoughtValue[] {
  return [
    ...[...new Set(w.organisationTypes)].map((value) => ({ attribute: 'organisationType' as const, value })),
    ...[...new Set(w.naceSections)].map((value) => ({ attribute: 'naceSections' as const, value })),
    ...[...new Set(w.countries)].map((value) => ({ attribute: 'country' as const, value })),
  ];
}

/** How many of the three things sought (a type, a sector, a country) the candidate is. */
export function meets(w: Wanted, c: Pick<OrgFacts, 'type' | 'nace' | 'country'>): number {
  return (
    Number(w.organisationTypes.includes(c.type)) +
    Number(c.nace.some((n) => w.naceSections.includes(n))) +
    Number(w.countries.includes(c.country))
  );
}

/**
 * At most `limit` candidates from the lists of the values sought (one list per value, each in
 * the index's order): those meeting more of what is sought first; among equals, in turn from
 * each list. Candidates from `excluded` countries are left out before the limit is taken.
 */
export function drawSought<T extends Pick<OrgFacts, 'id' | 'type' | 'nace' | 'country'>>(
  w: Wanted,
  lists: T[][],
  limit: number,
  excluded: readonly string[] = [],
): T[] {
  const seen = new Set<string>();
  const inTurn: { c: T; meets: number }[] = [];
  const depth = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < depth; i++) {
    for (const list of lists) {
      const c = list[i];
      if (!c || seen.has(c.id)) continue;
      seen.add(c.id);
      if (!excluded.includes(c.country)) inTurn.push({ c, meets: meets(w, c) });
    }
  }
  // A stable sort: the turn decides among candidates meeting as much.
  return inTurn
    .sort((a, b) => b.meets - a.meets)
    .slice(0, limit)
    .map((e) => e.c);
}
