import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@syndesmos/database';
import { Notifier } from '@syndesmos/notifications';
import { filterValue, OrganisationSearch } from '@syndesmos/search';
import { composition } from '@syndesmos/consortia';
import { ELIGIBLE_COUNTRY_CODES, ORGANISATION_TYPE_GROUPS, TOPICS } from '@syndesmos/taxonomies';
import { MatchingRepository, type LoadedOrg, type SubjectKind, type TargetKind } from './matching.repository';
import { barOf, choose, NONE, patchList, storedList, type Chosen } from './patch';
import { pinCalls, pinOrganisations, type Pinned, type PlannedRefresh } from './pinned';
import { OpenCalls, type CallSnapshot } from './open-calls';
import { RefreshRun } from './refresh-run';
import { drawSought, soughtValues } from './sought-candidates';
import { SubjectStateRepository, type StoredList } from './subject-state.repository';
import {
  countryGap,
  exclusion,
  scoreCall,
  scoreOrganisation,
  type CallFacts,
  type Member,
  type OrgFacts,
  type Ranked,
  type Scored,
  type Subject,
  union,
  type Wanted,
} from './scoring';

/** How many candidates the text search may bring (never all organisations)… */
export const CANDIDATES_PER_QUERY = 60;
/** …and those drawn by what is sought alone (and each value's list), which match many more and need fewer. */
export const CANDIDATES_BY_FILTER = 50;
/** Open calls considered for an organisation (those it fits; the best ten are kept). */
export const CALL_CANDIDATES = 30;
export const TOP_N = 10;
/** New suggestions at least this good notify the subject's organisation. */
export const NOTIFY_THRESHOLD = 5;

type Candidate = OrgFacts & { relevance: number };

/** Calls an organisation may answer, scored, with their facts (to give the kept ones reasons). */
interface CallPool {
  pool: Ranked<string>[];
  facts: Map<string, CallFacts>;
}

/** The ids of these stored entries and these targets, each once. */
const ids = (held: { id: string }[], targets: string[] = []) => [...new Set([...held.map((h) => h.id), ...targets])];

/** What the incremental refresh did with a subject it planned. */
export type PatchOutcome = 'patched' | 'unchanged' | 'recomputed';

/** A run's subjects: refreshed (of which patched, unchanged, recomputed) and failed. */
export interface RefreshCounts {
  refreshed: number;
  failed: number;
  patched: number;
  unchanged: number;
  recomputed: number;
}
type Tally = Record<PatchOutcome | 'done' | 'failed', number>;
const tally = (): Tally => ({ done: 0, failed: 0, patched: 0, unchanged: 0, recomputed: 0 });
const countsOf = (t: Tally): RefreshCounts => ({
  refreshed: t.done - t.failed,
  failed: t.failed,
  patched: t.patched,
  unchanged: t.unchanged,
  recomputed: t.recomputed,
});

/** A subject as the scoring sees it, with the words it searches with and its owner. */
interface Built {
  subject: Subject;
  text: string;
  wants: Wanted;
  owner: LoadedOrg;
}

const wanted = (s: Wanted): Wanted => ({
  countries: s.countries,
  naceSections: s.naceSections,
  organisationTypes: s.organisationTypes,
});

const anyIn = (attribute: string, values: string[]) =>
  values.length ? `${attribute} IN [${values.map(filterValue).join(', ')}]` : null;

const noneOf = (attribute: string, values: string[]) =>
  values.length ? `${attribute} NOT IN [${values.map(filterValue).join(', ')}]` : null;

/**
 * Filters (each must hold) for candidates that close what a consortium, or the consortium a
 * call is for, still lacks: the countries its action's minimum needs (else the sought
 * countries no member is from), the sought sectors and types no member brings, and the side
 * of a cross-sector partnership (VET or the world of work) it has none of.
 */
export function gapFilters(subject: Subject): string[] {
  const members =
    subject.kind === 'consortium' ? subject.members : subject.kind === 'call' ? subject.consortium?.members : undefined;
  const gap = countryGap(subject);
  if (!members || !gap || subject.kind === 'organisation') return [];
  const { gaps, crossSector } = composition(
    subject.action,
    members.map((m) => ({
      organisationId: m.id,
      country: m.country,
      role: m.role,
      organisationType: m.type,
      naceSections: m.nace,
    })),
    subject.sought,
  );
  const countries = gap.needed > 0 ? ELIGIBLE_COUNTRY_CODES.filter((c) => !gap.present.has(c)) : gaps.soughtCountries;
  const types = new Set([
    ...gaps.soughtOrganisationTypes,
    ...(crossSector.vetProvider ? [] : ORGANISATION_TYPE_GROUPS.vetProviders),
    ...(crossSector.enterpriseOrSocialPartner ? [] : ORGANISATION_TYPE_GROUPS.worldOfWork),
  ]);
  return [
    anyIn('country', countries),
    anyIn('naceSections', gaps.soughtNaceSections),
    anyIn('organisationType', [...types]),
  ].filter((f): f is string => f !== null);
}

/** The weekly refresh reads subjects a batch at a time (memory stays flat)… */
export const REFRESH_BATCH = 200;
/** …and refreshes this many at once: Meilisearch and PostgreSQL answer in parallel. */
export const REFRESH_CONCURRENCY = 8;

/** Organisations read at once to order the full run by their words. */
const WORDS_BATCH = 5000;

/** Words per candidate query: Meilisearch's cost grows with them, and the filters do the rest. */
export const SEARCH_WORDS = 6;

/**
 * Words that match nearly every profile: searching with them costs Meilisearch the most and
 * tells it the least (measured: a query with them ran at a quarter of the speed).
 */
const STOP_WORDS = new Set(
  (
    'a an and are as at be by for from has have in into is it its of on or our that the their this to we who with ' +
    'will you your also all can more new other such than them they these those through which while work working ' +
    'και ο η το οι τα του της των τον την σε στο στη στην στα στους με για από ως που είναι μας σας ένα μια'
  ).split(' '),
);

/** A few words to search with: topic names and what the subject says it looks for. */
export function searchText(topics: string[], text: string): string {
  const labels = topics.map((t) => (TOPICS as Record<string, { en: string }>)[t]?.en ?? '').join(' ');
  return `${labels} ${text}`
    .split(/[\s,.;:()!?"'«»]+/)
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w.toLocaleLowerCase()))
    .slice(0, SEARCH_WORDS)
    .join(' ');
}

/**
 * Finds, scores and stores suggestions for one subject: candidates come from Meilisearch
 * (words plus filters that must hold, a few hundred at most), scores from the pure scoring
 * function, and the top ten, diversified, replace the subject's previous list.
 */
@Injectable()
export class MatchingService {
  constructor(
    private readonly repo: MatchingRepository,
    private readonly organisations: OrganisationSearch,
    private readonly openCalls: OpenCalls,
    private readonly notifier: Notifier,
    private readonly unitOfWork: UnitOfWork,
    private readonly state: SubjectStateRepository,
  ) {}

  /**
   * Recomputes one subject's list. `include` names newcomers the reverse pass found would enter
   * it (see reverse-match.ts): they are scored as candidates even if this subject's searches do
   * not bring them (its words may not retrieve them among 100,000), still under every exclusion.
   */
  async refresh(
    kind: SubjectKind,
    id: string,
    include: Pinned = {},
    run?: RefreshRun,
  ): Promise<{ suggested: number; fresh: number }> {
    const fingerprint = await this.state.fingerprint(kind, id);
    return this.recompute(kind, id, fingerprint, await this.subject(kind, id), include, run);
  }

  /** Searches, scores and stores the subject's lists (none when it is no longer a live subject). */
  private async recompute(
    kind: SubjectKind,
    id: string,
    fingerprint: string | null,
    built: Built | null,
    include: Pinned,
    run?: RefreshRun,
  ): Promise<{ suggested: number; fresh: number }> {
    if (!built || fingerprint === null) {
      await this.repo.replace(kind, id, [], ['organisation', 'call']);
      return { suggested: 0, fresh: 0 };
    }
    const dismissed = await this.repo.dismissed(kind, id);
    let pool = await this.candidatePool(built.subject, built.text, built.wants, dismissed, run);
    if (include.organisations?.length) {
      const loaded = await this.repo.organisations(include.organisations);
      pool = pinOrganisations(built.subject, pool, loaded, dismissed);
    }
    let calls: Chosen<string> = NONE;
    if (built.subject.kind === 'organisation') {
      const pool = this.callPool(built.subject.org, dismissed, run?.calls ?? (await this.openCalls.snapshot()));
      if (include.calls?.length) {
        // Newcomers the snapshot may not hold yet, as PostgreSQL has them.
        const pinnable = await this.state.callFacts(include.calls);
        pool.pool = pinCalls(built.subject.org, pool.pool, pinnable, dismissed);
      }
      calls = this.chooseCalls(built.subject.org, pool);
    }
    const orgs = this.chooseOrganisations(built.subject, pool);
    return this.store(kind, id, built.owner, fingerprint, orgs.top, calls.top, storedList(orgs, calls));
  }

  /**
   * The incremental refresh's cheap path (see patch.ts): the subject's stored list with these
   * new or changed organisations and calls scored in, without searching; recomputed instead
   * when its inputs changed, its list was never kept, or the patch cannot tell.
   */
  async patch(kind: SubjectKind, id: string, targets: Pinned, run?: RefreshRun): Promise<PatchOutcome> {
    const [{ now, last, dismissed }, built] = await Promise.all([this.state.last(kind, id), this.subject(kind, id)]);
    const list = now !== null && last?.fingerprint === now ? last.list : null;
    if (!built || !list) {
      await this.recompute(kind, id, now, built, targets, run);
      return 'recomputed';
    }
    const [organisations, calls, relevance] = await Promise.all([
      this.repo.organisations(
        ids([...list.organisations, ...(list.reserve?.organisations ?? [])], targets.organisations),
      ),
      built.subject.kind === 'organisation'
        ? this.state.callFacts(ids([...list.calls, ...(list.reserve?.calls ?? [])], targets.calls))
        : Promise.resolve([]),
      this.organisations.relevance(built.text, targets.organisations ?? []),
    ]);
    const patched = patchList(
      { subject: built.subject, last: list, organisations, calls, dismissed, targets, relevance },
      TOP_N,
    );
    if (!patched) {
      await this.recompute(kind, id, now, built, targets, run);
      return 'recomputed';
    }
    if (!patched.changed) {
      // The same lists; what stands behind them may differ (a newcomer in the reserve).
      if (patched.reserveChanged) await this.state.record(kind, id, now!, barOf(patched.stored), patched.stored);
      return 'unchanged';
    }
    await this.store(kind, id, built.owner, now!, patched.organisations, patched.calls, patched.stored);
    return 'patched';
  }

  /** Replaces the subject's lists, remembers what they were computed from, and tells the owner. */
  private async store(
    kind: SubjectKind,
    id: string,
    owner: LoadedOrg,
    fingerprint: string,
    orgs: Ranked<Candidate>[],
    calls: Ranked<string>[],
    stored: StoredList,
  ): Promise<{ suggested: number; fresh: number }> {
    const items: { targetKind: TargetKind; targetId: string; scored: Scored }[] = [
      ...orgs.map((r) => ({ targetKind: 'organisation' as const, targetId: r.item.id, scored: r.scored })),
      ...calls.map((r) => ({ targetKind: 'call' as const, targetId: r.item, scored: r.scored })),
    ];
    const fresh = await this.repo.replace(
      kind,
      id,
      items,
      kind === 'organisation' ? ['organisation', 'call'] : ['organisation'],
      { fingerprint, bar: barOf(stored), list: stored },
    );
    await this.announce(kind, id, owner, fresh);
    return { suggested: items.length, fresh: fresh.length };
  }

  /** A subject as the scoring sees it (null when it is not a live subject): the reverse pass scores with it. */
  async subjectOf(kind: SubjectKind, id: string): Promise<Subject | null> {
    return (await this.subject(kind, id))?.subject ?? null;
  }

  /**
   * The full recompute: every published organisation, open call and forming consortium, in
   * bounded batches, reporting progress as it goes. One subject failing does not stop the rest.
   * (The weekly job is incremental: see RefreshPlanner.)
   */
  async refreshAll(progress: (done: number, total: number) => void = () => undefined): Promise<RefreshCounts> {
    const total = await this.repo.countSubjects();
    const counts = tally();
    // One snapshot of the open calls for the whole run: calls that change meanwhile are news for the next.
    const run = new RefreshRun(await this.openCalls.snapshot());
    // Organisations in the order of their search words: those that search alike follow each
    // other, and each search is asked once (see RefreshRun). Only their ids are held meanwhile.
    const byWords = (await this.organisationsByWords()).map((o) => o.id);
    for (let i = 0; i < byWords.length; i += REFRESH_BATCH) {
      await this.refreshEach(
        byWords.slice(i, i + REFRESH_BATCH).map((id) => ({ kind: 'organisation' as const, id })),
        counts,
        run,
      );
      progress(counts.done, total);
    }
    for (const kind of ['call', 'consortium'] as const) {
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const ids = await this.repo.subjectBatch(kind, after, REFRESH_BATCH);
        if (ids.length === 0) break;
        await this.refreshEach(
          ids.map((subjectId) => ({ kind, id: subjectId })),
          counts,
          run,
        );
        after = ids[ids.length - 1];
        progress(counts.done, total);
      }
    }
    return countsOf(counts);
  }

  /** Every published organisation with its search words, in their order (read a batch at a time). */
  private async organisationsByWords(): Promise<{ id: string; words: string }[]> {
    const all: { id: string; words: string }[] = [];
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await this.repo.organisationWords(after, WORDS_BATCH);
      if (!batch.length) break;
      for (const o of batch) all.push({ id: o.id, words: searchText(o.topics, o.text) });
      after = batch[batch.length - 1].id;
    }
    return all.sort((a, b) => (a.words < b.words ? -1 : a.words > b.words ? 1 : a.id < b.id ? -1 : 1));
  }

  /**
   * Refreshes these subjects, REFRESH_CONCURRENCY at a time, REFRESH_BATCH between progress
   * reports: recomputed, or patched where the plan says so (some patches turn out to need a
   * recompute, and some change nothing).
   */
  async refreshMany(
    subjects: PlannedRefresh[],
    progress: (done: number, total: number) => void = () => undefined,
  ): Promise<RefreshCounts> {
    const counts = tally();
    const run = new RefreshRun(await this.openCalls.snapshot());
    for (let i = 0; i < subjects.length; i += REFRESH_BATCH) {
      await this.refreshEach(subjects.slice(i, i + REFRESH_BATCH), counts, run);
      progress(counts.done, subjects.length);
    }
    return countsOf(counts);
  }

  private async refreshEach(subjects: PlannedRefresh[], counts: Tally, run: RefreshRun): Promise<void> {
    let next = 0;
    await Promise.all(
      Array.from({ length: REFRESH_CONCURRENCY }, async () => {
        while (next < subjects.length) {
          const s = subjects[next++];
          try {
            const outcome: PatchOutcome = s.patch
              ? await this.patch(s.kind, s.id, s.include ?? {}, run)
              : (await this.refresh(s.kind, s.id, s.include, run), 'recomputed');
            counts[outcome]++;
          } catch {
            counts.failed++;
          }
          counts.done++;
        }
      }),
    );
  }

  /** Scores and ranks, without storing: the evaluation harness and the refresh share it. */
  async rank(kind: SubjectKind, id: string): Promise<{ organisations: Ranked<Candidate>[]; calls: Ranked<string>[] }> {
    const built = await this.subject(kind, id);
    if (!built) return { organisations: [], calls: [] };
    const dismissed = await this.repo.dismissed(kind, id);
    const pool = await this.candidatePool(built.subject, built.text, built.wants, dismissed);
    return {
      organisations: this.chooseOrganisations(built.subject, pool).top,
      calls:
        built.subject.kind === 'organisation'
          ? this.chooseCalls(
              built.subject.org,
              this.callPool(built.subject.org, dismissed, await this.openCalls.snapshot()),
            ).top
          : [],
    };
  }

  private async subject(kind: SubjectKind, id: string): Promise<Built | null> {
    if (kind === 'organisation') {
      const org = await this.repo.organisation(id);
      if (!org || org.status !== 'published') return null;
      return {
        subject: { kind, org: org.facts, wants: org.wants },
        text: searchText(org.facts.topics, org.text),
        wants: org.wants,
        owner: org,
      };
    }
    if (kind === 'call') {
      const call = await this.repo.call(id);
      const owner = call && call.status === 'open' ? await this.repo.organisation(call.organisationId) : null;
      if (!call || !owner || owner.status !== 'published') return null;
      const sought = call.sought.map(wanted);
      // A call for a consortium speaks for its members too: they are never suggested to it,
      // and the countries it still needs come first.
      const tied = call.consortiumId ? await this.team(call.consortiumId) : null;
      return {
        subject: {
          kind,
          owner: owner.facts,
          action: call.action,
          topics: call.topics,
          languages: call.languages,
          sought,
          excludedCountries: call.excludedCountries,
          ...(tied ? { consortium: { members: tied.members, departed: tied.departed } } : {}),
        },
        text: searchText(call.topics, `${call.title} ${call.sought.map((s) => s.tasks).join(' ')}`),
        wants: union(sought),
        owner,
      };
    }
    const c = await this.repo.consortium(id);
    if (!c || !['forming', 'ready'].includes(c.status)) return null;
    const { members, coordinator } = (await this.team(id, c))!;
    if (!coordinator) return null;
    const sought = c.sought.map(wanted);
    const topics = [...new Set(members.flatMap((m) => m.topics))];
    return {
      subject: {
        kind,
        action: c.action,
        coordinator: coordinator.facts,
        members,
        departed: c.departed,
        sought,
        excludedCountries: c.excludedCountries,
      },
      text: searchText(topics, c.sought.map((s) => s.tasks).join(' ')),
      wants: union(sought),
      owner: coordinator,
    };
  }

  /** A consortium's members as matching sees them, and its coordinator. */
  private async team(
    id: string,
    known?: Awaited<ReturnType<MatchingRepository['consortium']>>,
  ): Promise<{ members: Member[]; departed: string[]; coordinator: LoadedOrg | undefined } | null> {
    const c = known ?? (await this.repo.consortium(id));
    if (!c) return null;
    const loaded = await this.repo.organisations(c.members.map((m) => m.organisationId));
    const members = c.members.flatMap((m) => {
      const o = loaded.find((l) => l.facts.id === m.organisationId);
      return o ? [{ ...o.facts, role: m.role }] : [];
    });
    return { members, departed: c.departed, coordinator: loaded.find((l) => l.facts.id === c.coordinatorId) };
  }

  /** The best ten of the candidates, with their reasons, and the reserve behind them. */
  private chooseOrganisations(subject: Subject, pool: Ranked<Candidate>[]): Chosen<Candidate> {
    const chosen = choose(pool, TOP_N, null)!;
    // The same score again, with its reasons, for the ten that are kept.
    return {
      ...chosen,
      top: chosen.top.map((r) => ({ ...r, scored: scoreOrganisation(subject, r.item, r.item.relevance) })),
    };
  }

  /** Every candidate the subject's searches bring, scored (without reasons), under every exclusion. */
  private async candidatePool(subject: Subject, text: string, wants: Wanted, dismissed: Set<string>, run?: RefreshRun) {
    // Excluded countries never reach scoring: their candidates would only take the places of others.
    const never = subject.kind === 'organisation' ? null : noneOf('country', subject.excludedCountries ?? []);
    const search = (q: string, filters: (string | null)[], limit = CANDIDATES_PER_QUERY) =>
      this.searchOnce(
        q,
        [...filters, never].filter((f): f is string => f !== null),
        limit,
        run,
      );
    const queries: Promise<Candidate[]>[] = [search(text, []), this.bySought(subject, wants, run)];
    if (subject.kind === 'consortium') {
      const present = new Set(subject.members.map((m) => m.country));
      const missing = ELIGIBLE_COUNTRY_CODES.filter((c) => !present.has(c));
      queries.push(search(text, [`country IN [${missing.map(filterValue).join(', ')}]`]));
    }
    // What the consortium lacks, as filters: those who close every gap at once (by the words
    // and regardless of them), then each gap alone.
    const gaps = gapFilters(subject);
    if (gaps.length) {
      queries.push(search(text, gaps), search('', gaps, CANDIDATES_BY_FILTER));
      if (gaps.length > 1) for (const g of gaps) queries.push(search(text, [g]));
    }
    const byId = new Map<string, Candidate>();
    for (const list of await Promise.all(queries)) {
      for (const c of list) {
        const known = byId.get(c.id);
        if (!known || c.relevance > known.relevance) byId.set(c.id, c);
      }
    }
    // PostgreSQL has the last word: a suspension the index has not caught up with yet, or a
    // document left from another database, is never suggested.
    const published = await this.repo.published([...byId.keys()]);
    const ranked: Ranked<Candidate>[] = [];
    for (const c of byId.values()) {
      if (!published.has(c.id) || dismissed.has(c.id) || exclusion(subject, c)) continue;
      ranked.push({ item: c, scored: scoreOrganisation(subject, c, c.relevance, false), country: c.country });
    }
    return ranked;
  }

  /**
   * Candidates by what the subject seeks alone (see sought-candidates.ts): one search per value
   * sought, which a run asks once for all the subjects that seek it.
   */
  private async bySought(subject: Subject, wants: Wanted, run?: RefreshRun): Promise<Candidate[]> {
    const lists = await Promise.all(
      soughtValues(wants).map(({ attribute, value }) =>
        this.searchOnce('', [`${attribute} = ${filterValue(value)}`], CANDIDATES_BY_FILTER, run),
      ),
    );
    const excluded = subject.kind === 'organisation' ? [] : (subject.excludedCountries ?? []);
    return drawSought(wants, lists, CANDIDATES_BY_FILTER, excluded);
  }

  /** A search, asked once per refresh run for all the subjects that need it (a run remembers it). */
  private searchOnce(q: string, filters: string[], limit: number, run?: RefreshRun): Promise<Candidate[]> {
    const ask = () => this.search(q, filters, limit);
    return run ? run.remember(JSON.stringify([q, filters, limit]), ask) : ask();
  }

  private async search(q: string, filters: string[], limit: number): Promise<Candidate[]> {
    const hits = await this.organisations.candidates(q, filters, limit);
    return hits.map((h) => ({
      id: h.id,
      name: h.name,
      country: h.country,
      type: h.organisationType,
      nace: h.naceSections,
      topics: h.topics,
      languages: h.languages,
      experience: h.experience as OrgFacts['experience'],
      open: h.openToPartnerships,
      relevance: h.relevance,
    }));
  }

  /** Every open call the organisation may answer, scored (without reasons), but those it dismissed. */
  private callPool(org: OrgFacts, dismissed: Set<string>, snapshot: CallSnapshot): CallPool {
    const answerable = snapshot.answerable(org).filter((c) => !dismissed.has(c.id));
    return {
      pool: answerable.map((c) => ({ item: c.id, scored: scoreCall(org, c, false), country: c.country })),
      facts: new Map(answerable.map((c) => [c.id, c])),
    };
  }

  /** The best ten calls of the pool, with their reasons, and the reserve behind them. */
  private chooseCalls(org: OrgFacts, { pool, facts }: CallPool): Chosen<string> {
    const chosen = choose(pool, TOP_N, null)!;
    return {
      ...chosen,
      top: chosen.top.map((r) => {
        const c = facts.get(r.item);
        return c ? { ...r, scored: scoreCall(org, c) } : r;
      }),
    };
  }

  /** Good new suggestions are news for the admins of the organisation they are for. */
  private async announce(
    kind: SubjectKind,
    id: string,
    owner: LoadedOrg,
    fresh: { targetId: string; targetKind: TargetKind; score: number }[],
  ): Promise<void> {
    const good = fresh.filter((f) => f.score >= NOTIFY_THRESHOLD && f.targetKind === 'organisation');
    if (!good.length) return;
    const admins = await this.notifier.adminsOf(owner.facts.id);
    if (!admins.length) return;
    const names = await this.repo.organisations(good.map((g) => g.targetId));
    await this.unitOfWork.transaction(async (tx) => {
      for (const g of good) {
        const target = names.find((n) => n.facts.id === g.targetId);
        await this.notifier.notify(tx, admins, {
          kind: 'match.suggested',
          actorId: null,
          payload: {
            organisationId: owner.facts.id,
            organisationName: owner.facts.name,
            suggestedId: g.targetId,
            suggestedName: target?.facts.name ?? '',
            subjectKind: kind,
            subjectId: id,
          },
          // One notification per subject and burst: a refresh that finds five says so once.
          subject: `${kind}:${id}`,
        });
      }
    });
  }
}
