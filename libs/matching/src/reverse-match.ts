import { Injectable } from '@nestjs/common';
import { CallSearch, filterValue, OrganisationSearch } from '@syndesmos/search';
import { exclusion, scoreCall, scoreOrganisation, type OrgFacts, type Subject } from './scoring';
import { MatchingRepository, type LoadedOrg, type SubjectKind } from './matching.repository';
import { MatchingService, searchText, TOP_N } from './matching.service';
import { mayAnswer, wouldEnter, type PinnableCall } from './pinned';
import { SubjectStateRepository, type ListBar } from './subject-state.repository';

// The reverse pass (issue 18 §1): when an organisation is published or changed, or a call
// opens or changes, which subjects' top ten would it enter? Candidate subjects come from
// Meilisearch the other way round (organisations whose words and topics match the newcomer's,
// open calls the organisation fits; for a call, the organisations it seeks), and every forming
// or ready consortium from PostgreSQL. Each is scored against the newcomer with the scoring
// function, with the highest text relevance (so the test errs on refreshing), and kept when that
// beats the tenth of its last list. Subjects whose lists show the newcomer now are kept too:
// its score there has changed, or it is gone.

/** Subjects found by each of the reverse searches: bounded, as the forward ones are. */
export const REVERSE_CANDIDATES = 100;

export interface AffectedSubject {
  kind: SubjectKind;
  id: string;
  /** Whether the newcomer would enter it (else its list shows the newcomer, which changed). */
  enters: boolean;
}

export interface ReverseResult {
  subjects: AffectedSubject[];
  /** How many candidate subjects were scored against the newcomer. */
  considered: number;
}

@Injectable()
export class ReverseMatcher {
  constructor(
    private readonly repo: MatchingRepository,
    private readonly state: SubjectStateRepository,
    private readonly matching: MatchingService,
    private readonly organisations: OrganisationSearch,
    private readonly calls: CallSearch,
  ) {}

  /** `subjects` caches built call and consortium subjects across many newcomers (a weekly plan). */
  async affected(
    targetKind: 'organisation' | 'call',
    targetId: string,
    subjects: Map<string, Subject | null> = new Map(),
  ): Promise<ReverseResult> {
    const showing = (await this.state.showing(targetId)).map((s) => ({ ...s, enters: false }));
    const found =
      targetKind === 'organisation' ? await this.forOrganisation(targetId, subjects) : await this.forCall(targetId);
    const byKey = new Map<string, AffectedSubject>();
    for (const s of [...showing, ...found.subjects]) byKey.set(`${s.kind}:${s.id}`, s);
    return { subjects: [...byKey.values()], considered: found.considered };
  }

  private async forOrganisation(id: string, cache: Map<string, Subject | null>): Promise<ReverseResult> {
    const newcomer = await this.repo.organisation(id);
    if (!newcomer || newcomer.status !== 'published') return { subjects: [], considered: 0 };
    const n = newcomer.facts;
    const text = searchText(n.topics, newcomer.text);
    const topics = n.topics.length ? [`topics IN [${n.topics.map(filterValue).join(', ')}]`] : [];
    const [byWords, byTopics, calls, consortia] = await Promise.all([
      this.organisations.candidates(text, [], REVERSE_CANDIDATES),
      topics.length ? this.organisations.candidates(text, topics, REVERSE_CANDIDATES) : Promise.resolve([]),
      this.calls.candidates(
        {
          today: new Date().toISOString().slice(0, 10),
          fits: { organisationId: n.id, country: n.country, naceSections: n.nace, organisationType: n.type },
        },
        REVERSE_CANDIDATES,
      ),
      this.state.liveConsortia(),
    ]);
    const orgIds = [...new Set([...byWords, ...byTopics].map((h) => h.id))].filter((o) => o !== n.id);
    const subjects: AffectedSubject[] = [];
    let considered = 0;

    const [loaded, orgBars] = await Promise.all([
      this.repo.organisations(orgIds),
      this.state.bars('organisation', orgIds),
    ]);
    for (const s of loaded) {
      if (s.status !== 'published') continue;
      considered++;
      if (this.enters({ kind: 'organisation', org: s.facts, wants: s.wants }, n, orgBars.get(s.facts.id))) {
        subjects.push({ kind: 'organisation', id: s.facts.id, enters: true });
      }
    }
    for (const [kind, ids] of [
      ['call', calls.hits.map((h) => h.id)],
      ['consortium', consortia],
    ] as const) {
      const bars = await this.state.bars(kind, ids);
      for (const sid of ids) {
        const subject = await this.built(kind, sid, cache);
        if (!subject) continue;
        considered++;
        if (this.enters(subject, n, bars.get(sid))) subjects.push({ kind, id: sid, enters: true });
      }
    }
    return { subjects, considered };
  }

  /** Whether the newcomer, at its best, would enter this subject's organisation list. */
  private enters(subject: Subject, newcomer: OrgFacts, bar: ListBar | undefined): boolean {
    if (exclusion(subject, newcomer) !== null) return false;
    return wouldEnter(bar, 'organisations', scoreOrganisation(subject, newcomer, 1, false).score, TOP_N);
  }

  private async built(kind: SubjectKind, id: string, cache: Map<string, Subject | null>): Promise<Subject | null> {
    const key = `${kind}:${id}`;
    if (!cache.has(key)) cache.set(key, await this.matching.subjectOf(kind, id));
    return cache.get(key) ?? null;
  }

  private async forCall(id: string): Promise<ReverseResult> {
    const [call] = await this.state.callFacts([id]);
    const detail = call?.open ? await this.repo.call(id) : null;
    if (!call || !detail) return { subjects: [], considered: 0 };
    // The organisations it seeks: every sought dimension that is not open must hold.
    const filters = [
      call.anyCountry ? null : `country IN [${call.soughtCountries.map(filterValue).join(', ')}]`,
      call.anyType ? null : `organisationType IN [${call.soughtOrganisationTypes.map(filterValue).join(', ')}]`,
      call.anySector ? null : `naceSections IN [${call.soughtNaceSections.map(filterValue).join(', ')}]`,
    ].filter((f): f is string => f !== null);
    const text = searchText(call.topics, `${detail.title} ${detail.sought.map((s) => s.tasks).join(' ')}`);
    const topics = call.topics.length ? [`topics IN [${call.topics.map(filterValue).join(', ')}]`] : [];
    const [byWords, byTopics] = await Promise.all([
      this.organisations.candidates(text, filters, REVERSE_CANDIDATES),
      topics.length
        ? this.organisations.candidates(text, [...filters, ...topics], REVERSE_CANDIDATES)
        : Promise.resolve([]),
    ]);
    const ids = [...new Set([...byWords, ...byTopics].map((h) => h.id))];
    const [loaded, bars] = await Promise.all([this.repo.organisations(ids), this.state.bars('organisation', ids)]);
    const subjects: AffectedSubject[] = [];
    let considered = 0;
    for (const s of loaded) {
      if (s.status !== 'published' || !mayAnswer(s.facts, call)) continue;
      considered++;
      if (this.callEnters(s, call, bars.get(s.facts.id))) {
        subjects.push({ kind: 'organisation', id: s.facts.id, enters: true });
      }
    }
    return { subjects, considered };
  }

  private callEnters(org: LoadedOrg, call: PinnableCall, bar: ListBar | undefined): boolean {
    return wouldEnter(bar, 'calls', scoreCall(org.facts, call).score, TOP_N);
  }
}
