import {
  COUNTRIES,
  inTypeGroup,
  isEligibleCountry,
  LANGUAGES,
  mayTakePart,
  NACE_SECTIONS,
  ORGANISATION_TYPES,
  PROGRAMME_RULES,
  TOPICS,
  type Action,
} from '@syndesmos/taxonomies';

// How well a candidate fits a subject: a pure, deterministic function of the two, with named
// components and every weight in WEIGHTS. Each component says why, in English and Greek.
// The programme's rules (minimums, who may take part, the type groups) are read from
// libs/taxonomies, never restated here.

export interface OrgFacts {
  id: string;
  name: string;
  country: string;
  type: string;
  nace: string[];
  topics: string[];
  languages: string[];
  experience: 'none' | 'participated' | 'coordinated';
  open: boolean;
}

export interface Wanted {
  countries: string[];
  naceSections: string[];
  organisationTypes: string[];
}

export type Member = OrgFacts & { role: 'coordinator' | 'partner' | 'associated_partner' };

/** What is being matched for. */
export type Subject =
  | { kind: 'organisation'; org: OrgFacts; wants: Wanted }
  | {
      kind: 'call';
      owner: OrgFacts;
      action: Action;
      topics: string[];
      languages: string[];
      sought: Wanted[];
      /** Countries the call takes no partner from. */
      excludedCountries?: string[];
      /**
       * The consortium the call is for (a replacement call, or one opened from it): its members,
       * and the organisations that left it or were removed (never the answer to their own gap).
       */
      consortium?: { members: Member[]; departed?: string[] };
    }
  | {
      kind: 'consortium';
      action: Action;
      coordinator: OrgFacts;
      members: Member[];
      /** Organisations that left the consortium or were removed from it. */
      departed?: string[];
      sought: Wanted[];
      /** Countries excluded by the call the consortium was opened from. */
      excludedCountries?: string[];
    };

export const WEIGHTS = {
  /** Per shared topic (up to 3 count). */
  topic: 1.0,
  /** Meilisearch's relevance of the candidate to the subject's words (0..1). */
  text: 1.5,
  /** A sector the subject seeks. */
  soughtSector: 2.5,
  /** A different sector from the subject's (cross-sector partnerships are the point). */
  crossSector: 1.5,
  /** Only the subject's own sectors. */
  sameSector: -1.0,
  /** A type the subject seeks. */
  soughtType: 2.0,
  /** A VET provider beside a company or social partner, or the other way round. */
  typeMix: 1.0,
  /** A country the subject seeks. */
  soughtCountry: 1.5,
  /** The subject's own country (partnerships are transnational). */
  ownCountry: -2.5,
  /** A new eligible country a consortium needs for its action's minimum. */
  neededCountry: 3.0,
  /** A country already in the consortium. */
  presentCountry: -0.5,
  /** Not an eligible country (may still join a KA220-VET, but counts for nothing). */
  ineligibleCountry: -1.5,
  /** Per shared working language (up to 2 count). */
  language: 0.5,
  /** A newcomer beside an experienced coordinator, or the other way round. */
  experienceMix: 0.75,
  /** Not open to new partnerships. */
  closed: -3.0,
} as const;

export type Component = keyof typeof WEIGHTS;

export interface Scored {
  /**
   * Ranks before the score: 1 for a candidate that cannot close the subject's missing
   * countries (when some are missing), so it comes after every candidate that can. Absent is 0.
   */
  tier?: number;
  score: number;
  components: Partial<Record<Component, number>>;
  reasons: { en: string[]; el: string[] };
}

// Labels are shown as the taxonomies write them (after a colon, so no article or case has to
// agree with them): "SME" stays "SME" and a language code becomes the language's name.
type Labels = Record<string, { en: string; el: string }>;
const label = (table: Labels, code: string) => table[code] ?? { en: code, el: code };
const list = (table: Labels, codes: string[], lang: 'en' | 'el') => codes.map((c) => label(table, c)[lang]).join(', ');
const more = (n: number): [string, string] =>
  n === 1 ? ['one more country', 'μία ακόμη χώρα'] : [`${n} more countries`, `${n} ακόμη χώρες`];

/** Everything a list of sought partners asks for, together. */
export function union(ws: Wanted[]): Wanted {
  return {
    countries: [...new Set(ws.flatMap((w) => w.countries))],
    naceSections: [...new Set(ws.flatMap((w) => w.naceSections))],
    organisationTypes: [...new Set(ws.flatMap((w) => w.organisationTypes))],
  };
}

/** The organisation the subject speaks for, and what it seeks. */
function perspective(s: Subject): { self: OrgFacts; wants: Wanted; topics: string[]; languages: string[] } {
  if (s.kind === 'organisation')
    return { self: s.org, wants: s.wants, topics: s.org.topics, languages: s.org.languages };
  if (s.kind === 'call')
    return {
      self: s.owner,
      wants: union(s.sought),
      topics: s.topics,
      languages: s.languages.length ? s.languages : s.owner.languages,
    };
  const topics = [...new Set(s.members.flatMap((m) => m.topics))];
  const languages = s.coordinator.languages;
  return { self: s.coordinator, wants: union(s.sought), topics, languages };
}

/** The organisations already on the subject's side: a consortium's, or those of the consortium a call is for. */
function team(s: Subject): Member[] | null {
  if (s.kind === 'consortium') return s.members;
  if (s.kind === 'call' && s.consortium) return s.consortium.members;
  return null;
}

/**
 * The eligible countries the subject's consortium counts (associated partners do not) and how
 * many more its action's minimum needs; null for a subject with no consortium behind it.
 */
export function countryGap(s: Subject): { present: Set<string>; needed: number } | null {
  const members = team(s);
  if (!members || s.kind === 'organisation') return null;
  const full = members.filter((m) => m.role !== 'associated_partner');
  const present = new Set(full.filter((m) => isEligibleCountry(m.country)).map((m) => m.country));
  return { present, needed: Math.max(0, PROGRAMME_RULES[s.action].minEligibleCountries - present.size) };
}

/** 1 when the subject still needs countries and this candidate's country cannot be one of them, else 0. */
export function tier(s: Subject, c: OrgFacts): number {
  const gap = countryGap(s);
  if (!gap || gap.needed === 0) return 0;
  return isEligibleCountry(c.country) && !gap.present.has(c.country) ? 0 : 1;
}

/** Why a candidate can never be suggested for this subject, or null. */
export function exclusion(s: Subject, c: OrgFacts): string | null {
  const { self } = perspective(s);
  if (c.id === self.id) return 'the subject itself';
  if (s.kind === 'consortium' && s.members.some((m) => m.id === c.id)) return 'already a member';
  if (s.kind === 'call' && s.consortium?.members.some((m) => m.id === c.id)) {
    return 'already a member of the consortium the call is for';
  }
  if (s.kind === 'call' && s.consortium?.departed?.includes(c.id)) return 'left the consortium the call is for';
  if (s.kind === 'consortium' && s.departed?.includes(c.id)) return 'left the consortium';
  if (s.kind !== 'organisation' && s.excludedCountries?.includes(c.country)) {
    return `based in ${c.country}, a country the call excludes`;
  }
  if (s.kind !== 'organisation' && !mayTakePart(s.action, c.country)) {
    return `a non-associated third country cannot take part in ${s.action}`;
  }
  return null;
}

/**
 * Scores a candidate organisation for a subject. `textScore` is the search engine's relevance
 * of the candidate to the subject's words, 0..1. Each component says why in at most one
 * reason (the text relevance and the penalties for one's own sector, own country and being
 * closed say nothing: the other reasons already tell why the candidate is there).
 */
export function scoreOrganisation(s: Subject, c: OrgFacts, textScore = 0, explain = true): Scored {
  const { self, wants, topics, languages } = perspective(s);
  const members = team(s);
  const components: Partial<Record<Component, number>> = {};
  // Reasons are words for people: only the top ten need them, so ranking skips writing them.
  const en: string[] = [];
  const el: string[] = [];
  const say = (words: () => [string, string]) => {
    if (!explain) return;
    const [e, g] = words();
    en.push(e);
    el.push(g);
  };
  const add = (name: Component, times = 1) => {
    components[name] = (components[name] ?? 0) + WEIGHTS[name] * times;
  };
  const seeker: [string, string] =
    s.kind === 'call'
      ? ['your call seeks', 'ζητά η πρόσκλησή σας']
      : s.kind === 'consortium'
        ? ['the consortium seeks', 'ζητά η κοινοπραξία']
        : ['you look for', 'αναζητάτε'];

  // Topics and text.
  const shared = c.topics.filter((t) => topics.includes(t));
  if (shared.length) {
    add('topic', Math.min(3, shared.length));
    say(() => [
      `Shares topics: ${list(TOPICS as never, shared.slice(0, 3), 'en')}`,
      `Κοινά θέματα: ${list(TOPICS as never, shared.slice(0, 3), 'el')}`,
    ]);
  }
  if (textScore > 0) add('text', Math.min(1, textScore));

  // Sector: one's own sector is no drawback when it is what the subject seeks.
  const selfSectors = members ? [...new Set(members.flatMap((m) => m.nace))] : self.nace;
  const selfTypes = members ? members.map((m) => m.type) : [self.type];
  const soughtSectors = c.nace.filter((n) => wants.naceSections.includes(n));
  if (soughtSectors.length) {
    add('soughtSector');
    say(() => [
      `A sector ${seeker[0]}: ${list(NACE_SECTIONS as never, soughtSectors.slice(0, 2), 'en')}`,
      `Τομέας που ${seeker[1]}: ${list(NACE_SECTIONS as never, soughtSectors.slice(0, 2), 'el')}`,
    ]);
  }
  const newSectors = c.nace.filter((n) => !selfSectors.includes(n));
  const seeksOwnKind =
    soughtSectors.some((n) => selfSectors.includes(n)) ||
    (wants.organisationTypes.includes(c.type) && selfTypes.includes(c.type));
  if (c.nace.length && !newSectors.length) {
    if (!seeksOwnKind) add('sameSector');
  } else if (newSectors.length) {
    add('crossSector');
    const unsaid = newSectors.filter((n) => !soughtSectors.includes(n));
    if (unsaid.length) {
      say(() => [
        `Brings another sector: ${list(NACE_SECTIONS as never, unsaid.slice(0, 2), 'en')}`,
        `Φέρνει άλλον τομέα: ${list(NACE_SECTIONS as never, unsaid.slice(0, 2), 'el')}`,
      ]);
    }
  }

  // Type.
  const typeLabel = label(ORGANISATION_TYPES as never, c.type);
  if (wants.organisationTypes.includes(c.type)) {
    add('soughtType');
    say(() => [`A kind of partner ${seeker[0]}: ${typeLabel.en}`, `Είδος εταίρου που ${seeker[1]}: ${typeLabel.el}`]);
  }
  const hasVet = selfTypes.some((t) => inTypeGroup('vetProviders', t));
  const hasWork = selfTypes.some((t) => inTypeGroup('worldOfWork', t));
  if (
    (hasVet && !hasWork && inTypeGroup('worldOfWork', c.type)) ||
    (hasWork && !hasVet && inTypeGroup('vetProviders', c.type))
  ) {
    add('typeMix');
    say(() => ['Brings the world of work and VET together', 'Φέρνει κοντά την αγορά εργασίας και την ΕΕΚ']);
  }

  // Country.
  const country = label(COUNTRIES as never, c.country);
  const gap = countryGap(s);
  if (gap && members) {
    if (isEligibleCountry(c.country) && !gap.present.has(c.country) && gap.needed > 0) {
      add('neededCountry');
      const [e, g] = more(gap.needed);
      say(() => [
        `Adds ${country.en}: the consortium still needs ${e}`,
        `Προσθέτει χώρα: ${country.el}· η κοινοπραξία χρειάζεται ${g}`,
      ]);
    } else if (members.some((m) => m.country === c.country)) {
      add('presentCountry');
      if (gap.needed > 0) {
        const [e, g] = more(gap.needed);
        say(() => [
          `Based in ${country.en}, already in the consortium, which still needs ${e}`,
          `Έδρα: ${country.el}, χώρα που έχει ήδη η κοινοπραξία, η οποία χρειάζεται ${g}`,
        ]);
      }
    }
  } else if (c.country === self.country) add('ownCountry');
  if (wants.countries.includes(c.country)) {
    add('soughtCountry');
    say(() => [
      `Based in ${country.en}, where ${seeker[0]} partners`,
      `Έδρα: ${country.el}, όπου ${seeker[1]} εταίρους`,
    ]);
  }
  if (!isEligibleCountry(c.country)) {
    add('ineligibleCountry');
    say(() => [
      `Based in ${country.en}, which does not count towards the programme’s minimum of countries`,
      `Έδρα: ${country.el}, που δεν μετρά στον ελάχιστο αριθμό χωρών του προγράμματος`,
    ]);
  }

  // Languages, experience, openness.
  const common = c.languages.filter((l) => languages.includes(l));
  if (common.length) {
    add('language', Math.min(2, common.length));
    say(() => [
      `Shared working languages: ${list(LANGUAGES as never, common.slice(0, 3), 'en')}`,
      `Κοινές γλώσσες εργασίας: ${list(LANGUAGES as never, common.slice(0, 3), 'el')}`,
    ]);
  }
  const selfExp = s.kind === 'consortium' ? s.coordinator.experience : self.experience;
  if (
    (selfExp === 'coordinated' && c.experience === 'none') ||
    (selfExp === 'none' && c.experience === 'coordinated')
  ) {
    add('experienceMix');
    if (c.experience === 'coordinated') {
      say(() => ['Has coordinated Erasmus+ projects before', 'Έχει συντονίσει έργα Erasmus+']);
    } else {
      say(() => ['New to Erasmus+, beside your experience', 'Πρώτη συμμετοχή στο Erasmus+, δίπλα στην εμπειρία σας']);
    }
  }
  if (!c.open) add('closed');

  const score = Object.values(components).reduce((a, b) => a + (b ?? 0), 0);
  return { tier: tier(s, c), score: Math.round(score * 1000) / 1000, components, reasons: { en, el } };
}

export interface Ranked<T> {
  item: T;
  scored: Scored;
  country: string;
}

const tierOf = (r: Ranked<unknown>): number => r.scored.tier ?? 0;
export const byRank = (a: Ranked<unknown>, b: Ranked<unknown>): number =>
  tierOf(a) - tierOf(b) || b.scored.score - a.scored.score || String(a.country).localeCompare(b.country);

/** Where a candidate ranks: its tier first (lower is better), then its score (higher is better). */
export interface Rank {
  tier: number;
  score: number;
}
export const rankOf = (r: Ranked<unknown>): Rank => ({ tier: tierOf(r), score: r.scored.score });
/** Whether a candidate ranks strictly above `floor` (a tie is not above). */
export const ranksAbove = (r: Ranked<unknown>, floor: Rank): boolean =>
  tierOf(r) < floor.tier || (tierOf(r) === floor.tier && r.scored.score > floor.score);

/**
 * The top `n`, diversified: at most `perCountry` from one country, unless a candidate leads
 * the next best by a clear margin (then it stays whatever its country). Tiers come first:
 * diversity reorders within a tier, never across one, so every candidate of a better tier
 * (those held back for diversity too) precedes the next tier.
 */
export function diversify<T>(ranked: Ranked<T>[], n = 10, perCountry = 3, clearMargin = 2): Ranked<T>[] {
  return select(ranked, n, null, perCountry, clearMargin).picked;
}

/**
 * `diversify`, and whether its choice would stand if candidates that rank after every one of
 * these, from tier `unseenTier` on, were added (null: there are none). It would not when such
 * a candidate could be the next best of another country that a margin is measured against, or
 * could take a place before the held-back ones fill the list.
 */
export function select<T>(
  ranked: Ranked<T>[],
  n: number,
  unseenTier: number | null,
  perCountry = 3,
  clearMargin = 2,
): { picked: Ranked<T>[]; complete: boolean } {
  const sorted = [...ranked].sort(byRank);
  const picked: Ranked<T>[] = [];
  const perCountryCount = new Map<string, number>();
  let complete = true;
  for (const level of [...new Set(sorted.map(tierOf))]) {
    const inTier = sorted.filter((r) => tierOf(r) === level);
    const open = unseenTier !== null && level >= unseenTier;
    const held: Ranked<T>[] = [];
    for (const r of inTier) {
      if (picked.length >= n) break;
      const count = perCountryCount.get(r.country) ?? 0;
      const next = inTier.find((o) => o !== r && !picked.includes(o) && o.country !== r.country);
      const clearlyBest = !next || r.scored.score - next.scored.score >= clearMargin;
      if (open && count >= perCountry && !next) complete = false;
      if (count < perCountry || clearlyBest) {
        picked.push(r);
        perCountryCount.set(r.country, count + 1);
      } else held.push(r);
    }
    if (open && picked.length < n) complete = false;
    for (const r of held) if (picked.length < n) picked.push(r);
  }
  if (unseenTier !== null && picked.length < n) complete = false;
  return { picked: picked.sort(byRank), complete };
}

export interface CallFacts {
  id: string;
  organisationId: string;
  country: string;
  topics: string[];
  languages: string[];
  soughtCountries: string[];
  soughtNaceSections: string[];
  soughtOrganisationTypes: string[];
}

/** How well an open call fits an organisation that could answer it (`explain`: with the reasons why). */
export function scoreCall(org: OrgFacts, call: CallFacts, explain = true): Scored {
  const components: Partial<Record<Component, number>> = {};
  const en: string[] = [];
  const el: string[] = [];
  // Ranking every call an organisation may answer skips the words; the ten kept get them.
  const say = (words: () => [string, string]) => {
    if (!explain) return;
    const [e, g] = words();
    en.push(e);
    el.push(g);
  };
  const add = (name: Component, times = 1) => {
    components[name] = (components[name] ?? 0) + WEIGHTS[name] * times;
  };
  const shared = call.topics.filter((t) => org.topics.includes(t));
  if (shared.length) {
    add('topic', Math.min(3, shared.length));
    say(() => [
      `Shares topics: ${list(TOPICS as never, shared.slice(0, 3), 'en')}`,
      `Κοινά θέματα: ${list(TOPICS as never, shared.slice(0, 3), 'el')}`,
    ]);
  }
  const sectors = org.nace.filter((n) => call.soughtNaceSections.includes(n));
  if (sectors.length) {
    add('soughtSector');
    say(() => [
      `Seeks your sector: ${list(NACE_SECTIONS as never, sectors.slice(0, 2), 'en')}`,
      `Ζητά τον τομέα σας: ${list(NACE_SECTIONS as never, sectors.slice(0, 2), 'el')}`,
    ]);
  }
  if (call.soughtOrganisationTypes.includes(org.type)) {
    add('soughtType');
    say(() => {
      const t = label(ORGANISATION_TYPES as never, org.type);
      return [`Seeks your kind of organisation: ${t.en}`, `Ζητά το είδος του οργανισμού σας: ${t.el}`];
    });
  }
  if (call.soughtCountries.includes(org.country)) {
    add('soughtCountry');
    say(() => {
      const c = label(COUNTRIES as never, org.country);
      return [`Seeks partners in ${c.en}`, `Ζητά εταίρους από: ${c.el}`];
    });
  }
  if (call.country === org.country) add('ownCountry');
  const common = call.languages.filter((l) => org.languages.includes(l));
  if (common.length) {
    add('language', Math.min(2, common.length));
    say(() => [
      `Shared working languages: ${list(LANGUAGES as never, common.slice(0, 3), 'en')}`,
      `Κοινές γλώσσες εργασίας: ${list(LANGUAGES as never, common.slice(0, 3), 'el')}`,
    ]);
  }
  const score = Object.values(components).reduce((a, b) => a + (b ?? 0), 0);
  return { score: Math.round(score * 1000) / 1000, components, reasons: { en, el } };
}
