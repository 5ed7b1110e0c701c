import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SubjectKind } from './matching.repository';
import type { PinnableCall } from './pinned';

// What the incremental refresh and the reverse pass know about each subject's last list:
// when it was computed, from which inputs (a fingerprint), and the score a newcomer must
// reach to enter it. And the weekly runs, so that a run knows what changed since the last.

/**
 * What a newcomer must reach to enter a subject's last list or its reserve: how many they hold,
 * and the best score a candidate left out of both may have (null: none was left out, so any
 * newcomer enters). The columns keep their first name, `org_tenth` and `call_tenth`.
 */
export interface ListBar {
  orgCount: number;
  orgTenth: number | null;
  callCount: number;
  callTenth: number | null;
}

/** An organisation as stored in a list: the text relevance its search found it with, its rank. */
export interface StoredOrganisation {
  id: string;
  relevance: number;
  score: number;
  /** Absent: 0. */
  tier?: number;
}
export interface StoredCall {
  id: string;
  score: number;
  tier?: number;
}

/**
 * A subject's last list as stored, in order, with each score: organisations with the text
 * relevance their search found them with (their scores follow from it exactly), then calls.
 * The reserve is the next best candidates its searches found beyond the list, with the rank
 * that no candidate left out of both reaches (null: none was left out), so that a patch can
 * fill a place that falls free without searching again.
 */
export interface StoredList {
  organisations: StoredOrganisation[];
  calls: StoredCall[];
  /** Absent in lists kept before reserves were: those are recomputed, not patched. */
  reserve?: {
    organisations: StoredOrganisation[];
    calls: StoredCall[];
    organisationFloor: { tier: number; score: number } | null;
    callFloor: { tier: number; score: number } | null;
  };
}

/** What the last refresh of a subject left: its inputs' fingerprint and its list. */
export interface LastList {
  fingerprint: string;
  /** Null for lists computed before lists were kept: those are recomputed, not patched. */
  list: StoredList | null;
}

/** The targets a subject dismissed in the last 6 months (never suggested to it again meanwhile), in SQL. */
export const dismissedTargets = (kind: string, id: string): string =>
  `SELECT target_id FROM suggestion WHERE subject_kind = ${kind} AND subject_id = ${id} AND status = 'dismissed'
      AND updated_at > now() - interval '6 months'`;

/** What a refresh records of a subject beside its suggestions. */
export interface RecordedState {
  fingerprint: string;
  bar: ListBar;
  list: StoredList;
}

/**
 * The statement that records a subject's state; its parameters from `$first`: the subject's kind
 * and id, then `stateValues`. The refresh runs it in the same statement as the list's write.
 */
export const recordState = (first: number): string => {
  const $ = (i: number) => `$${first + i}`;
  return `INSERT INTO matching_subject_state (subject_kind, subject_id, refreshed_at, fingerprint, org_count, org_tenth, call_count, call_tenth, list)
       VALUES (${$(0)}::varchar, ${$(1)}::uuid, now(), ${$(2)}, ${$(3)}::int, ${$(4)}::real, ${$(5)}::int, ${$(6)}::real, ${$(7)}::jsonb)
       ON CONFLICT (subject_kind, subject_id) DO UPDATE
         SET refreshed_at = now(), fingerprint = EXCLUDED.fingerprint, org_count = EXCLUDED.org_count,
             org_tenth = EXCLUDED.org_tenth, call_count = EXCLUDED.call_count, call_tenth = EXCLUDED.call_tenth,
             list = EXCLUDED.list`;
};
export const stateValues = ({ fingerprint, bar, list }: RecordedState): unknown[] => [
  fingerprint,
  bar.orgCount,
  bar.orgTenth,
  bar.callCount,
  bar.callTenth,
  JSON.stringify(list),
];

export const subjectKey = (kind: SubjectKind, id: string): string => `${kind}:${id}`;

/**
 * The fingerprint of a subject's own inputs, in SQL over its row (aliased o, pc or c): the
 * versions of everything its suggestions are computed from, so any change to them changes it.
 * A consortium's includes its members, their roles and profiles, and the call it came from.
 */
const FINGERPRINT: Record<SubjectKind, { from: string; expr: string; live: string }> = {
  organisation: { from: `organisation o`, expr: `o.status || ':' || o.version`, live: `o.status = 'published'` },
  call: {
    from: `partner_call pc JOIN organisation po ON po.id = pc.organisation_id`,
    // A call for a consortium also follows its membership: members and departed ones are never suggested.
    expr: `pc.status || ':' || pc.version || ':' || po.status || ':' || po.version || ':' || pc.answer_by || ':' || COALESCE((
             SELECT string_agg(m.organisation_id::text, ',' ORDER BY m.organisation_id)
               FROM consortium_member m WHERE m.consortium_id = pc.consortium_id), '')`,
    live: `pc.status = 'open'`,
  },
  consortium: {
    from: `consortium c LEFT JOIN partner_call fc ON fc.id = c.from_call_id`,
    expr: `c.status || ':' || c.version || ':' || COALESCE(fc.version::text, '-') || ':' || COALESCE((
             SELECT string_agg(m.organisation_id || '/' || m.role || '/' || mo.version, ',' ORDER BY m.organisation_id)
               FROM consortium_member m JOIN organisation mo ON mo.id = m.organisation_id
              WHERE m.consortium_id = c.id), '')`,
    live: `c.status IN ('forming', 'ready')`,
  },
};
const ALIAS: Record<SubjectKind, string> = { organisation: 'o', call: 'pc', consortium: 'c' };

@Injectable()
export class SubjectStateRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  /** The fingerprint of a subject's inputs now (read before computing its list). */
  async fingerprint(kind: SubjectKind, id: string): Promise<string | null> {
    const f = FINGERPRINT[kind];
    const rows: { fp: string }[] = await this.ds.query(
      `SELECT ${f.expr} AS fp FROM ${f.from} WHERE ${ALIAS[kind]}.id = $1`,
      [id],
    );
    return rows[0]?.fp ?? null;
  }

  async record(kind: SubjectKind, id: string, fingerprint: string, bar: ListBar, list: StoredList): Promise<void> {
    await this.ds.query(recordState(1), [kind, id, ...stateValues({ fingerprint, bar, list })]);
  }

  /** The subject's last list with what it was computed from, its fingerprint now, and what it dismissed. */
  async last(
    kind: SubjectKind,
    id: string,
  ): Promise<{ now: string | null; last: LastList | null; dismissed: Set<string> }> {
    const f = FINGERPRINT[kind];
    const a = ALIAS[kind];
    const rows: { now: string; fp: string | null; list: StoredList | null; dismissed: string[] }[] =
      await this.ds.query(
        `SELECT ${f.expr} AS now, s.fingerprint AS fp, s.list,
              ARRAY(${dismissedTargets(`'${kind}'`, `${a}.id`)}) AS dismissed
         FROM ${f.from}
         LEFT JOIN matching_subject_state s ON s.subject_kind = '${kind}' AND s.subject_id = ${a}.id
        WHERE ${a}.id = $1`,
        [id],
      );
    const r = rows[0];
    if (!r) return { now: null, last: null, dismissed: new Set() };
    return {
      now: r.now,
      last: r.fp === null ? null : { fingerprint: r.fp, list: r.list },
      dismissed: new Set(r.dismissed),
    };
  }

  /** The bars of these subjects' lists; a subject never computed has none (anything enters). */
  async bars(kind: SubjectKind, ids: string[]): Promise<Map<string, ListBar>> {
    if (!ids.length) return new Map();
    const rows: { id: string; oc: number; ot: number | null; cc: number; ct: number | null }[] = await this.ds.query(
      `SELECT subject_id AS id, org_count AS oc, org_tenth AS ot, call_count AS cc, call_tenth AS ct
         FROM matching_subject_state WHERE subject_kind = $1 AND subject_id = ANY($2)`,
      [kind, ids],
    );
    return new Map(rows.map((r) => [r.id, { orgCount: r.oc, orgTenth: r.ot, callCount: r.cc, callTenth: r.ct }]));
  }

  /** Calls as candidates for an organisation, straight from PostgreSQL (the index may lag). */
  async callFacts(ids: string[]): Promise<PinnableCall[]> {
    if (!ids.length) return [];
    return this.calls(`pc.id = ANY($1)`, [ids]);
  }

  /**
   * What changes whenever any call is opened, edited or closed, or a day passes: a snapshot of
   * the open calls taken under the same key is still what PostgreSQL holds.
   */
  async callsKey(): Promise<string> {
    const rows: { key: string }[] = await this.ds.query(
      `SELECT count(*) || ':' || COALESCE(sum(version), 0) || ':' || COALESCE(max(updated_at)::text, '-') || ':' || current_date AS key
         FROM partner_call`,
    );
    return rows[0].key;
  }

  /** Every open call of a published organisation whose answer-by day is not over. */
  openCalls(): Promise<PinnableCall[]> {
    return this.calls(`pc.status = 'open' AND po.status = 'published' AND pc.answer_by >= current_date`, []);
  }

  private async calls(where: string, params: unknown[]): Promise<PinnableCall[]> {
    const rows: {
      id: string;
      organisation_id: string;
      country: string;
      action: string;
      topics: string[];
      languages: string[];
      sought: { countries?: string[]; naceSections?: string[]; organisationTypes?: string[] }[];
      excluded_countries: string[];
      open: boolean;
    }[] = await this.ds.query(
      `SELECT pc.id, pc.organisation_id, po.country, pc.action, pc.topics, pc.languages, pc.sought, pc.excluded_countries,
              (pc.status = 'open' AND po.status = 'published' AND pc.answer_by >= current_date) AS open
         FROM partner_call pc JOIN organisation po ON po.id = pc.organisation_id
        WHERE ${where}`,
      params,
    );
    // As in the call's search document: the union of what is sought, and whether a sought
    // partner leaves a dimension open ("any").
    const union = (
      sought: (typeof rows)[number]['sought'],
      key: 'countries' | 'naceSections' | 'organisationTypes',
    ) => [...new Set(sought.flatMap((s) => s[key] ?? []))];
    const any = (sought: (typeof rows)[number]['sought'], key: 'countries' | 'naceSections' | 'organisationTypes') =>
      sought.length === 0 || sought.some((s) => !s[key]?.length);
    return rows.map((r) => ({
      id: r.id,
      organisationId: r.organisation_id,
      country: r.country.trim(),
      action: r.action,
      topics: r.topics,
      languages: r.languages,
      soughtCountries: union(r.sought, 'countries'),
      soughtNaceSections: union(r.sought, 'naceSections'),
      soughtOrganisationTypes: union(r.sought, 'organisationTypes'),
      anyCountry: any(r.sought, 'countries'),
      anySector: any(r.sought, 'naceSections'),
      anyType: any(r.sought, 'organisationTypes'),
      excludedCountries: r.excluded_countries ?? [],
      open: r.open,
    }));
  }

  /** Subjects whose lists show this organisation or call now. */
  async showing(targetId: string): Promise<{ kind: SubjectKind; id: string }[]> {
    const rows: { kind: SubjectKind; id: string }[] = await this.ds.query(
      `SELECT DISTINCT subject_kind AS kind, subject_id AS id FROM suggestion
        WHERE target_id = $1 AND status IN ('new', 'saved', 'acted')`,
      [targetId],
    );
    return rows;
  }

  /** Forming and ready consortia (few: the reverse pass looks at every one). */
  async liveConsortia(): Promise<string[]> {
    const rows: { id: string }[] = await this.ds.query(
      `SELECT id FROM consortium WHERE status IN ('forming', 'ready') ORDER BY id`,
    );
    return rows.map((r) => r.id);
  }

  /** When the last weekly run that finished had started: what changed after it is news. */
  async lastRunStart(): Promise<Date | null> {
    const rows: { started_at: Date }[] = await this.ds.query(
      `SELECT started_at FROM matching_run WHERE finished_at IS NOT NULL ORDER BY started_at DESC LIMIT 1`,
    );
    return rows[0]?.started_at ?? null;
  }

  async startRun(mode: 'full' | 'incremental'): Promise<string> {
    const rows: { id: string }[] = await this.ds.query(`INSERT INTO matching_run (mode) VALUES ($1) RETURNING id`, [
      mode,
    ]);
    return rows[0].id;
  }

  async finishRun(id: string, counts: { planned: number; refreshed: number; failed: number }): Promise<void> {
    await this.ds.query(
      `UPDATE matching_run SET finished_at = now(), planned = $2, refreshed = $3, failed = $4 WHERE id = $1`,
      [id, counts.planned, counts.refreshed, counts.failed],
    );
  }

  /** Published organisations and open calls that changed after `since`: the week's newcomers. */
  async changedSince(since: Date): Promise<{ organisations: string[]; calls: string[]; withdrawn: string[] }> {
    const orgs: { id: string; status: string }[] = await this.ds.query(
      `SELECT id, status FROM organisation WHERE updated_at > $1`,
      [since],
    );
    const calls: { id: string; status: string }[] = await this.ds.query(
      `SELECT pc.id, CASE WHEN pc.status = 'open' AND po.status = 'published' THEN 'open' ELSE 'gone' END AS status
         FROM partner_call pc JOIN organisation po ON po.id = pc.organisation_id
        WHERE pc.updated_at > $1 OR po.updated_at > $1`,
      [since],
    );
    return {
      organisations: orgs.filter((o) => o.status === 'published').map((o) => o.id),
      calls: calls.filter((c) => c.status === 'open').map((c) => c.id),
      withdrawn: [...orgs.filter((o) => o.status !== 'published'), ...calls.filter((c) => c.status !== 'open')].map(
        (r) => r.id,
      ),
    };
  }

  /**
   * Subjects to look at again since `since`: those whose own inputs changed since their last
   * list, or that never had one (`own`: recomputed), and those that had a dismissal or whose list
   * shows one of `changedTargets` (with which): their list may be patched.
   */
  async dirty(
    since: Date,
    changedTargets: string[],
  ): Promise<{ kind: SubjectKind; id: string; own: boolean; shows: string[] }[]> {
    const own = (Object.keys(FINGERPRINT) as SubjectKind[]).map((kind) => {
      const f = FINGERPRINT[kind];
      const a = ALIAS[kind];
      return `SELECT '${kind}'::text AS kind, ${a}.id, NULL::uuid AS target, true AS own FROM ${f.from}
                LEFT JOIN matching_subject_state s ON s.subject_kind = '${kind}' AND s.subject_id = ${a}.id
               WHERE ${f.live} AND (s.subject_id IS NULL OR s.fingerprint <> ${f.expr})`;
    });
    const rows: { kind: SubjectKind; id: string; target: string | null; own: boolean }[] = await this.ds.query(
      `${own.join(' UNION ALL ')}
       UNION ALL SELECT subject_kind, subject_id, NULL, false FROM suggestion WHERE status = 'dismissed' AND updated_at > $1
       UNION ALL SELECT subject_kind, subject_id, target_id, false FROM suggestion
              WHERE status IN ('new', 'saved', 'acted') AND target_id = ANY($2::uuid[])`,
      [since, changedTargets],
    );
    const byKey = new Map<string, { kind: SubjectKind; id: string; own: boolean; shows: string[] }>();
    for (const r of rows) {
      const key = subjectKey(r.kind, r.id);
      const entry = byKey.get(key) ?? { kind: r.kind, id: r.id, own: false, shows: [] };
      if (r.own) entry.own = true;
      else if (r.target !== null && !entry.shows.includes(r.target)) entry.shows.push(r.target);
      byKey.set(key, entry);
    }
    return [...byKey.values()];
  }
}
