import {
  COUNTRIES,
  inTypeGroup,
  isEligibleCountry,
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

/** What is being matched for. */
export type Subject =
  | { kind: 'organisation'; org: OrgFacts; wants: Wanted }
  | { kind: 'call'; owner: OrgFacts; action: Action; topics: string[]; languages: string[]; sought: Wanted[] }
  | {
      kind: 'consortium';
      action: Action;
      coordinator: OrgFacts;
      members: (OrgFacts & { role: 'coordinator' | 'partner' | 'associated_partner' })[];
      sought: Wanted[];
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
  score: number;
  components: Partial<Record<Component, number>>;
  reasons: { en: string[]; el: string[] };
}

const label = (table: Record<string, { en: string; el: string }>, code: string) =>
  table[code] ?? { en: code, el: code };
const list = (table: Record<string, { en: string; el: string }>, codes: string[], lang: 'en' | 'el') =>
  codes.map((c) => label(table, c)[lang].toLowerCase()).join(', ');

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

/** Why a candidate can never be suggested for this subject, or null. */
export function exclusion(s: Subject, c: OrgFacts): string | null {
  const { self } = perspective(s);
  if (c.id === self.id) return 'the subject itself';
  if (s.kind === 'consortium' && s.members.some((m) => m.id === c.id)) return 'already a member';
  if ((s.kind === 'consortium' || s.kind === 'call') && !mayTakePart(s.action, c.country)) {
    return `a non-associated third country cannot take part in ${s.action}`;
  }
  return null;
}

/**
 * Scores a candidate organisation for a subject. `textScore` is the search engine's relevance
 * of the candidate to the subject's words, 0..1.
 */
export function scoreOrganisation(s: Subject, c: OrgFacts, textScore = 0, explain = true): Scored {
  const { self, wants, topics, languages } = perspective(s);
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

  // Sector.
  const soughtSectors = c.nace.filter((n) => wants.naceSections.includes(n));
  const typeLabel = label(ORGANISATION_TYPES as never, c.type);
  if (soughtSectors.length) {
    add('soughtSector');
    const sec = label(NACE_SECTIONS as never, soughtSectors[0]);
    const who =
      s.kind === 'call'
        ? ['your call seeks', 'που ζητά η πρόσκλησή σας']
        : s.kind === 'consortium'
          ? ['the consortium seeks', 'που ζητά η κοινοπραξία']
          : ['you look for', 'που αναζητάτε'];
    say(() => [
      `${sec.en} ${typeLabel.en.toLowerCase()}: a sector ${who[0]}`,
      `${sec.el} (${typeLabel.el.toLowerCase()}): τομέας ${who[1]}`,
    ]);
  }
  const selfSectors = s.kind === 'consortium' ? [...new Set(s.members.flatMap((m) => m.nace))] : self.nace;
  if (c.nace.length && c.nace.every((n) => selfSectors.includes(n))) add('sameSector');
  else if (c.nace.some((n) => !selfSectors.includes(n))) add('crossSector');

  // Type.
  if (wants.organisationTypes.includes(c.type)) {
    add('soughtType');
    if (!soughtSectors.length) {
      say(() => [`${typeLabel.en}: a kind of partner sought`, `${typeLabel.el}: είδος εταίρου που ζητείται`]);
    }
  }
  const selfTypes = s.kind === 'consortium' ? s.members.map((m) => m.type) : [self.type];
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
  if (s.kind === 'consortium') {
    const full = s.members.filter((m) => m.role !== 'associated_partner');
    const present = new Set(full.filter((m) => isEligibleCountry(m.country)).map((m) => m.country));
    const needed = PROGRAMME_RULES[s.action].minEligibleCountries - present.size;
    if (isEligibleCountry(c.country) && !present.has(c.country) && needed > 0) {
      add('neededCountry');
      const nth = ['', 'second', 'third', 'fourth'][present.size + 1] ?? 'another';
      say(() => [
        `Adds ${country.en}: the consortium needs a ${nth} country`,
        `Προσθέτει ${country.el}: η κοινοπραξία χρειάζεται ακόμη μία χώρα`,
      ]);
    } else if (s.members.some((m) => m.country === c.country)) add('presentCountry');
  } else if (c.country === self.country) add('ownCountry');
  if (wants.countries.includes(c.country)) {
    add('soughtCountry');
    if (s.kind !== 'consortium') {
      say(() => [
        `Based in ${country.en}, where you look for partners`,
        `Έδρα: ${country.el}, όπου αναζητάτε εταίρους`,
      ]);
    }
  }
  if (!isEligibleCountry(c.country)) add('ineligibleCountry');

  // Languages, experience, openness.
  const common = c.languages.filter((l) => languages.includes(l));
  if (common.length) {
    add('language', Math.min(2, common.length));
    say(() => [
      `Works in ${common.slice(0, 3).join(', ')} like you`,
      `Εργάζεται στις γλώσσες ${common.slice(0, 3).join(', ')} όπως εσείς`,
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
      say(() => ['A newcomer to Erasmus+, beside your experience', 'Νέος στο Erasmus+, δίπλα στην εμπειρία σας']);
    }
  }
  if (!c.open) add('closed');

  const score = Object.values(components).reduce((a, b) => a + (b ?? 0), 0);
  return { score: Math.round(score * 1000) / 1000, components, reasons: { en, el } };
}

export interface Ranked<T> {
  item: T;
  scored: Scored;
  country: string;
}

/**
 * The top `n`, diversified: at most `perCountry` from one country, unless a candidate leads
 * the next best by a clear margin (then it stays whatever its country).
 */
export function diversify<T>(ranked: Ranked<T>[], n = 10, perCountry = 3, clearMargin = 2): Ranked<T>[] {
  const sorted = [...ranked].sort(
    (a, b) => b.scored.score - a.scored.score || String(a.country).localeCompare(b.country),
  );
  const picked: Ranked<T>[] = [];
  const perCountryCount = new Map<string, number>();
  const held: Ranked<T>[] = [];
  for (const r of sorted) {
    if (picked.length >= n) break;
    const count = perCountryCount.get(r.country) ?? 0;
    const next = sorted.find((o) => o !== r && !picked.includes(o) && o.country !== r.country);
    const clearlyBest = !next || r.scored.score - next.scored.score >= clearMargin;
    if (count < perCountry || clearlyBest) {
      picked.push(r);
      perCountryCount.set(r.country, count + 1);
    } else held.push(r);
  }
  for (const r of held) if (picked.length < n) picked.push(r);
  return picked.sort((a, b) => b.scored.score - a.scored.score);
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

/** How well an open call fits an organisation that could answer it. */
export function scoreCall(org: OrgFacts, call: CallFacts): Scored {
  const components: Partial<Record<Component, number>> = {};
  const en: string[] = [];
  const el: string[] = [];
  const add = (name: Component, times = 1) => {
    components[name] = (components[name] ?? 0) + WEIGHTS[name] * times;
  };
  const shared = call.topics.filter((t) => org.topics.includes(t));
  if (shared.length) {
    add('topic', Math.min(3, shared.length));
    en.push(`Shares topics: ${list(TOPICS as never, shared.slice(0, 3), 'en')}`);
    el.push(`Κοινά θέματα: ${list(TOPICS as never, shared.slice(0, 3), 'el')}`);
  }
  const sector = org.nace.find((n) => call.soughtNaceSections.includes(n));
  if (sector) {
    add('soughtSector');
    const sec = label(NACE_SECTIONS as never, sector);
    en.push(`Seeks your sector: ${sec.en.toLowerCase()}`);
    el.push(`Ζητά τον τομέα σας: ${sec.el.toLowerCase()}`);
  }
  if (call.soughtOrganisationTypes.includes(org.type)) {
    add('soughtType');
    const t = label(ORGANISATION_TYPES as never, org.type);
    en.push(`Seeks a ${t.en.toLowerCase()}`);
    el.push(`Ζητά: ${t.el.toLowerCase()}`);
  }
  if (call.soughtCountries.includes(org.country)) {
    add('soughtCountry');
    const c = label(COUNTRIES as never, org.country);
    en.push(`Seeks partners in ${c.en}`);
    el.push(`Ζητά εταίρους από: ${c.el}`);
  }
  if (call.country === org.country) add('ownCountry');
  const common = call.languages.filter((l) => org.languages.includes(l));
  if (common.length) {
    add('language', Math.min(2, common.length));
    en.push(`Works in ${common.slice(0, 3).join(', ')}`);
    el.push(`Γλώσσες εργασίας: ${common.slice(0, 3).join(', ')}`);
  }
  const score = Object.values(components).reduce((a, b) => a + (b ?? 0), 0);
  return { score: Math.round(score * 1000) / 1000, components, reasons: { en, el } };
}
