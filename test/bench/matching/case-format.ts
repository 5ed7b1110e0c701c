import type { SoughtPartner } from '@syndesmos/consortia';
import type { Scored } from '@syndesmos/matching';
import {
  isAction,
  isCountryCode,
  isLanguageCode,
  isNaceSection,
  isOrganisationType,
  isTopic,
} from '@syndesmos/taxonomies';

// The match-quality cases (cases/*.json, described in README.md): their format, which files a
// run picks, the measures, the check that a case is well formed, and the --explain layout.
// No side effects, so the unit spec (test/bench/matching-cases.spec.ts) can read it.

export interface CaseOrg {
  name: string;
  country: string;
  type: string;
  nace: string[];
  topics: string[];
  languages?: string[];
  size?: string | null;
  experience?: 'none' | 'participated' | 'coordinated';
  description?: string;
  lookingFor?: { countries?: string[]; naceSections?: string[]; organisationTypes?: string[]; text?: string };
  open?: boolean;
  state?: 'published' | 'suspended' | 'draft';
}

export interface CaseCall {
  owner: string;
  title: string;
  summary?: string;
  action: 'KA220-VET' | 'KA210-VET';
  topics?: string[];
  sought?: SoughtPartner[];
  languages?: string[];
  excludedCountries?: string[];
  status?: 'open' | 'closed';
  /** A replacement call for the case's consortium (posted after its `departed` members left). */
  consortium?: boolean;
}

export interface Case {
  name: string;
  why?: string;
  organisations: Record<string, CaseOrg>;
  calls?: Record<string, CaseCall>;
  consortium?: {
    action: 'KA220-VET' | 'KA210-VET';
    coordinator: string;
    members: { org: string; role: 'partner' | 'associated_partner' }[];
    /** Members who joined and then left (what a replacement call needs). */
    departed?: { org: string; role: 'partner' | 'associated_partner' }[];
    sought?: SoughtPartner[];
    /** The key of a call the consortium is formed from (the call then points to it). */
    fromCall?: string;
  };
  subject: { kind: 'organisation' | 'call' | 'consortium'; key?: string };
  suggest: 'organisations' | 'calls';
  relevance: Record<string, number>;
  never: string[];
}

/** nDCG@k with gain 2^rel − 1; 1 when nothing is relevant and nothing is suggested. */
export function ndcg(ranked: string[], relevance: Record<string, number>, k = 10): number {
  const gain = (rel: number) => 2 ** rel - 1;
  const dcg = ranked.slice(0, k).reduce((sum, key, i) => sum + gain(relevance[key] ?? 0) / Math.log2(i + 2), 0);
  const ideal = Object.values(relevance)
    .filter((r) => r > 0)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, rel, i) => sum + gain(rel) / Math.log2(i + 2), 0);
  return ideal === 0 ? 1 : dcg / ideal;
}

export function recall(ranked: string[], relevance: Record<string, number>, k = 10): number {
  const wanted = Object.keys(relevance).filter((key) => relevance[key] >= 2);
  if (wanted.length === 0) return 1;
  return wanted.filter((key) => ranked.slice(0, k).includes(key)).length / wanted.length;
}

/**
 * The case files BENCH_CASES names: a comma list of file-name prefixes, each matched up to the
 * dash that follows the number ("07" picks "07-…" and never "17-…" or "107-…"); all when unset.
 */
export function selectCases(files: string[], selection?: string): string[] {
  const prefixes = (selection ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => (p.endsWith('-') ? p : `${p}-`));
  return files.filter((f) => f.endsWith('.json') && (!prefixes.length || prefixes.some((p) => f.startsWith(p)))).sort();
}

/** One case's top ten, laid out for a person: rank, grade, score, who, then components and reasons. */
export function explain(c: Case, shown: { key: string; scored: Scored }[]): string {
  const grade = (key: string) => (c.never.includes(key) ? 'NEVER' : String(c.relevance[key] ?? 0));
  const who = (key: string) => {
    const o = c.organisations[key];
    if (o) return `${o.name} (${o.country}, ${o.type.replace(/_/g, ' ')})`;
    const call = c.calls?.[key];
    if (call) return `${call.title} (${c.organisations[call.owner]?.country ?? '?'}, ${call.action})`;
    return key;
  };
  const lines = [`  ${c.name}`, '  rank  grade   score  key / who'];
  shown.forEach(({ key, scored }, i) => {
    lines.push(
      `  ${String(i + 1).padStart(4)}  ${grade(key).padStart(5)}  ${scored.score.toFixed(2).padStart(6)}  ${key}: ${who(key)}`,
    );
    const parts = Object.entries(scored.components)
      .filter(([, v]) => v !== undefined && v !== 0)
      .sort((a, b) => Math.abs(b[1]!) - Math.abs(a[1]!))
      .map(([name, v]) => `${name} ${v! > 0 ? '+' : ''}${v!.toFixed(2)}`);
    lines.push(`${' '.repeat(22)}components: ${parts.join(', ') || 'none'}`);
    for (const reason of scored.reasons.en) lines.push(`${' '.repeat(22)}· ${reason}`);
  });
  if (!shown.length) lines.push('  (no suggestions)');
  const missed = Object.entries(c.relevance)
    .filter(([key, rel]) => rel >= 2 && !shown.some((s) => s.key === key))
    .map(([key, rel]) => `${key} (${rel})`);
  if (missed.length) lines.push(`  graded 2 or 3 but not in the top ten: ${missed.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

/** What is wrong with a case as written (empty when nothing): keys, codes, and the consortium ties. */
export function caseProblems(c: Case): string[] {
  const problems: string[] = [];
  const orgs = c.organisations ?? {};
  const calls = c.calls ?? {};
  const isOrg = (key: string) => Object.prototype.hasOwnProperty.call(orgs, key);
  const isCall = (key: string) => Object.prototype.hasOwnProperty.call(calls, key);
  const bad = (what: string, codes: string[] | undefined, ok: (v: string) => boolean) => {
    for (const v of codes ?? []) if (!ok(v)) problems.push(`${what}: unknown code ${v}`);
  };
  if (!c.name) problems.push('no name');
  for (const key of Object.keys(orgs)) if (isCall(key)) problems.push(`${key} is both an organisation and a call`);
  for (const [key, o] of Object.entries(orgs)) {
    bad(`${key}.country`, [o.country], isCountryCode);
    bad(`${key}.type`, [o.type], isOrganisationType);
    bad(`${key}.nace`, o.nace, isNaceSection);
    bad(`${key}.topics`, o.topics, isTopic);
    bad(`${key}.languages`, o.languages, isLanguageCode);
    bad(`${key}.lookingFor.countries`, o.lookingFor?.countries, isCountryCode);
    bad(`${key}.lookingFor.naceSections`, o.lookingFor?.naceSections, isNaceSection);
    bad(`${key}.lookingFor.organisationTypes`, o.lookingFor?.organisationTypes, isOrganisationType);
    if (!o.nace?.length || !o.topics?.length) problems.push(`${key}: needs a NACE section and a topic`);
  }
  const sought = (where: string, list: SoughtPartner[] | undefined) => {
    for (const [i, s] of (list ?? []).entries()) {
      bad(`${where}.sought[${i}].countries`, s.countries, isCountryCode);
      bad(`${where}.sought[${i}].naceSections`, s.naceSections, isNaceSection);
      bad(`${where}.sought[${i}].organisationTypes`, s.organisationTypes, isOrganisationType);
    }
  };
  const k = c.consortium;
  for (const [key, call] of Object.entries(calls)) {
    if (!isOrg(call.owner)) problems.push(`${key}.owner ${call.owner} is no organisation`);
    if (!isAction(call.action)) problems.push(`${key}.action ${call.action} is no action`);
    bad(`${key}.topics`, call.topics, isTopic);
    bad(`${key}.languages`, call.languages, isLanguageCode);
    bad(`${key}.excludedCountries`, call.excludedCountries, isCountryCode);
    sought(key, call.sought);
    if (call.consortium) {
      if (!k?.departed?.length) problems.push(`${key}: a replacement call needs a consortium with a departed member`);
      if (k && call.owner !== k.coordinator) problems.push(`${key}: a replacement call is the coordinator’s`);
      if (k && call.action !== k.action) problems.push(`${key}: a replacement call has its consortium’s action`);
      if (k?.fromCall === key) problems.push(`${key}: a call is either a replacement or the one formed from`);
    }
  }
  if (k) {
    for (const m of [k.coordinator, ...k.members.map((x) => x.org), ...(k.departed ?? []).map((x) => x.org)]) {
      if (!isOrg(m)) problems.push(`consortium: ${m} is no organisation`);
    }
    sought('consortium', k.sought);
    if (k.fromCall !== undefined) {
      if (!isCall(k.fromCall)) problems.push(`consortium.fromCall ${k.fromCall} is no call`);
      else if (calls[k.fromCall].owner !== k.coordinator) problems.push('consortium.fromCall is not the coordinator’s');
      else if (calls[k.fromCall].action !== k.action) problems.push('consortium.fromCall has another action');
      if (k.sought?.length) problems.push('a consortium formed from a call seeks what the call seeks');
    }
  }
  const s = c.subject;
  if (s?.kind === 'organisation' && !isOrg(s.key ?? '')) problems.push(`subject ${s.key} is no organisation`);
  if (s?.kind === 'call' && !isCall(s.key ?? '')) problems.push(`subject ${s.key} is no call`);
  if (s?.kind === 'consortium' && !k) problems.push('a consortium subject needs the consortium');
  if (c.suggest === 'calls' && s?.kind !== 'organisation') problems.push('only an organisation is suggested calls');
  const target = c.suggest === 'calls' ? isCall : isOrg;
  for (const [key, rel] of Object.entries(c.relevance ?? {})) {
    if (!target(key)) problems.push(`relevance: ${key} is not ${c.suggest === 'calls' ? 'a call' : 'an organisation'}`);
    if (![0, 1, 2, 3].includes(rel)) problems.push(`relevance: ${key} has grade ${rel}`);
    if (rel > 0 && c.never?.includes(key)) problems.push(`${key} is both graded and never`);
  }
  for (const key of c.never ?? []) if (!isOrg(key) && !isCall(key)) problems.push(`never: ${key} is unknown`);
  return problems;
}
