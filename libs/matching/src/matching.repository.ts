import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Action } from '@syndesmos/taxonomies';
import type { OrgFacts, Scored, Wanted } from './scoring';
import { dismissedTargets, recordState, stateValues, type RecordedState } from './subject-state.repository';

export type SubjectKind = 'organisation' | 'call' | 'consortium';
export type TargetKind = 'organisation' | 'call';

export interface SuggestionRow {
  id: string;
  subjectKind: SubjectKind;
  subjectId: string;
  targetKind: TargetKind;
  targetId: string;
  score: number;
  rank: number;
  components: Scored['components'];
  reasons: Scored['reasons'];
  status: 'new' | 'saved' | 'dismissed' | 'acted' | 'stale';
  dismissReason: string | null;
  acted: string | null;
  createdAt: Date;
  targetName: string;
  targetCountry: string | null;
}

/** What matching reads of a candidate's profile: no description, no free-text wishes. */
const LEAN_PROFILE = `jsonb_build_object('naceSections', profile->'naceSections', 'topics', profile->'topics',
  'languages', profile->'languages', 'experience', profile->'experience',
  'openToPartnerships', profile->'openToPartnerships', 'lookingFor', (profile->'lookingFor') - 'text')`;

interface ProfileRow {
  id: string;
  status: string;
  display_name: string;
  country: string;
  organisation_type: string;
  profile: {
    naceSections?: string[];
    topics?: string[];
    languages?: string[];
    experience?: { level?: OrgFacts['experience'] };
    openToPartnerships?: boolean;
    description?: string;
    lookingFor?: { countries?: string[]; naceSections?: string[]; organisationTypes?: string[]; text?: string | null };
  };
}

export interface LoadedOrg {
  facts: OrgFacts;
  status: string;
  wants: Wanted;
  text: string;
}

function toLoaded(r: ProfileRow): LoadedOrg {
  const p = r.profile;
  return {
    status: r.status,
    facts: {
      id: r.id,
      name: r.display_name,
      country: r.country.trim(),
      type: r.organisation_type,
      nace: p.naceSections ?? [],
      topics: p.topics ?? [],
      languages: p.languages ?? [],
      experience: p.experience?.level ?? 'none',
      open: p.openToPartnerships ?? true,
    },
    wants: {
      countries: p.lookingFor?.countries ?? [],
      naceSections: p.lookingFor?.naceSections ?? [],
      organisationTypes: p.lookingFor?.organisationTypes ?? [],
    },
    text: [p.lookingFor?.text ?? '', p.description ?? ''].join(' '),
  };
}

const COLUMNS = `s.id, s.subject_kind, s.subject_id, s.target_kind, s.target_id, s.score, s.rank, s.components, s.reasons,
  s.status, s.dismiss_reason, s.acted, s.created_at,
  COALESCE(o.display_name, pc.title) AS target_name, COALESCE(o.country, po.country) AS target_country`;
const JOINS = `LEFT JOIN organisation o ON s.target_kind = 'organisation' AND o.id = s.target_id
  LEFT JOIN partner_call pc ON s.target_kind = 'call' AND pc.id = s.target_id
  LEFT JOIN organisation po ON po.id = pc.organisation_id`;

/** Organisations before calls in a subject's list. */
const KIND_ORDER = `(CASE s.target_kind WHEN 'organisation' THEN 0 ELSE 1 END)`;

/** Where a page of a subject's suggestions ends: the sort key of its last one. */
export interface SuggestionKey {
  kindOrder: number;
  rank: number;
  id: string;
}

export const suggestionKey = (s: Pick<SuggestionRow, 'targetKind' | 'rank' | 'id'>): SuggestionKey => ({
  kindOrder: s.targetKind === 'organisation' ? 0 : 1,
  rank: s.rank,
  id: s.id,
});

const toSuggestion = (r: Record<string, unknown>): SuggestionRow => ({
  id: r.id as string,
  subjectKind: r.subject_kind as SubjectKind,
  subjectId: r.subject_id as string,
  targetKind: r.target_kind as TargetKind,
  targetId: r.target_id as string,
  score: Number(r.score),
  rank: Number(r.rank),
  components: r.components as Scored['components'],
  reasons: r.reasons as Scored['reasons'],
  status: r.status as SuggestionRow['status'],
  dismissReason: r.dismiss_reason as string | null,
  acted: r.acted as string | null,
  createdAt: r.created_at as Date,
  targetName: (r.target_name as string | null) ?? '',
  targetCountry: r.target_country ? (r.target_country as string).trim() : null,
});

@Injectable()
export class MatchingRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  /**
   * These organisations as matching sees them, without the words they search with (`text` is
   * empty): a candidate's facts and wishes are a few short lists, its description is not read.
   */
  async organisations(ids: string[]): Promise<LoadedOrg[]> {
    return this.load(ids, LEAN_PROFILE);
  }

  /** Profiles carry long texts that only a subject's own search needs. */
  private async load(ids: string[], profile: string): Promise<LoadedOrg[]> {
    if (!ids.length) return [];
    const rows: ProfileRow[] = await this.ds.query(
      `SELECT id, status, display_name, country, organisation_type, ${profile} AS profile FROM organisation WHERE id = ANY($1)`,
      [ids],
    );
    return rows.map(toLoaded);
  }

  /** One organisation with the words it searches with (what it looks for, its description). */
  async organisation(id: string): Promise<LoadedOrg | null> {
    return (await this.load([id], 'profile'))[0] ?? null;
  }

  async call(id: string): Promise<{
    id: string;
    organisationId: string;
    status: string;
    action: Action;
    title: string;
    summary: string;
    topics: string[];
    languages: string[];
    excludedCountries: string[];
    /** The consortium the call is for (a replacement call, or the one opened from it). */
    consortiumId: string | null;
    sought: (Wanted & { tasks: string })[];
  } | null> {
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT id, organisation_id, status, action, title, summary, topics, languages, excluded_countries,
              consortium_id, sought
         FROM partner_call WHERE id = $1`,
      [id],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      id: r.id as string,
      organisationId: r.organisation_id as string,
      status: r.status as string,
      action: r.action as Action,
      title: r.title as string,
      summary: r.summary as string,
      topics: r.topics as string[],
      languages: r.languages as string[],
      excludedCountries: r.excluded_countries as string[],
      consortiumId: (r.consortium_id as string | null) ?? null,
      sought: r.sought as (Wanted & { tasks: string })[],
    };
  }

  async consortium(id: string): Promise<{
    id: string;
    status: string;
    action: Action;
    coordinatorId: string;
    members: { organisationId: string; role: 'coordinator' | 'partner' | 'associated_partner' }[];
    sought: (Wanted & { tasks: string })[];
    /** What the call it was opened from excludes. */
    excludedCountries: string[];
    /** Organisations that left or were removed and are not members again. */
    departed: string[];
  } | null> {
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT c.id, c.status, c.action, c.coordinator_id,
              COALESCE((SELECT sought FROM partner_call WHERE id = c.from_call_id), '[]'::jsonb) AS sought,
              COALESCE((SELECT excluded_countries FROM partner_call WHERE id = c.from_call_id), '{}') AS excluded,
              (SELECT json_agg(json_build_object('organisationId', m.organisation_id, 'role', m.role))
                 FROM consortium_member m WHERE m.consortium_id = c.id) AS members,
              ARRAY(SELECT DISTINCT e.organisation_id FROM consortium_event e
                     WHERE e.consortium_id = c.id AND e.action IN ('left', 'removed') AND e.organisation_id IS NOT NULL
                       AND NOT EXISTS (SELECT 1 FROM consortium_member m
                                        WHERE m.consortium_id = c.id AND m.organisation_id = e.organisation_id)) AS departed
         FROM consortium c WHERE c.id = $1`,
      [id],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      id: r.id as string,
      status: r.status as string,
      action: r.action as Action,
      coordinatorId: r.coordinator_id as string,
      members:
        (r.members as { organisationId: string; role: 'coordinator' | 'partner' | 'associated_partner' }[]) ?? [],
      sought: r.sought as (Wanted & { tasks: string })[],
      excludedCountries: r.excluded as string[],
      departed: (r.departed as string[]) ?? [],
    };
  }

  /** Which of these organisations are published now (the index may lag a moment behind). */
  async published(ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { id: string }[] = await this.ds.query(
      `SELECT id FROM organisation WHERE id = ANY($1) AND status = 'published'`,
      [ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Targets dismissed for this subject in the last six months. */
  async dismissed(subjectKind: SubjectKind, subjectId: string): Promise<Set<string>> {
    const rows: { target_id: string }[] = await this.ds.query(dismissedTargets('$1', '$2'), [subjectKind, subjectId]);
    return new Set(rows.map((r) => r.target_id));
  }

  /**
   * Writes the current top list: new targets are inserted, known ones re-scored (a saved or
   * acted one keeps its status), and suggestions that dropped out become stale. Answers the
   * ids of the targets that are new.
   */
  async replace(
    subjectKind: SubjectKind,
    subjectId: string,
    items: { targetKind: TargetKind; targetId: string; scored: Scored }[],
    targetKinds: TargetKind[],
    state?: RecordedState,
  ): Promise<{ targetId: string; targetKind: TargetKind; score: number }[]> {
    // One statement for the whole list, the stale marks and the subject's state (atomic without a
    // transaction, one round trip): the weekly refresh does this 100,000 times. The UPDATE sees
    // the rows as they were, and leaves those the INSERT writes alone.
    const rows: { target_id: string; target_kind: TargetKind; score: number; inserted: boolean }[] =
      await this.ds.query(
        `WITH up AS (
           INSERT INTO suggestion (subject_kind, subject_id, target_kind, target_id, score, rank, components, reasons)
           SELECT $1, $2, t.kind, t.id, t.score, t.rank, t.components, t.reasons
             FROM unnest($3::text[], $4::uuid[], $5::real[], $6::int[], $7::jsonb[], $8::jsonb[])
               AS t(kind, id, score, rank, components, reasons)
           ON CONFLICT (subject_kind, subject_id, target_kind, target_id) DO UPDATE
             SET score = EXCLUDED.score, rank = EXCLUDED.rank, components = EXCLUDED.components,
                 reasons = EXCLUDED.reasons, updated_at = now(),
                 status = CASE WHEN suggestion.status = 'stale' THEN 'new' ELSE suggestion.status END
           RETURNING id, target_id, target_kind, score, (xmax = 0) AS inserted
         ), stale AS (
           UPDATE suggestion SET status = 'stale', updated_at = now()
            WHERE subject_kind = $1 AND subject_id = $2 AND target_kind = ANY($9) AND status = 'new'
              AND id NOT IN (SELECT id FROM up)
         )${state ? `, state AS (${recordState(10)})` : ''}
         SELECT target_id, target_kind, score, inserted FROM up`,
        [
          subjectKind,
          subjectId,
          items.map((it) => it.targetKind),
          items.map((it) => it.targetId),
          items.map((it) => it.scored.score),
          items.map((_, i) => i + 1),
          items.map((it) => JSON.stringify(it.scored.components)),
          items.map((it) => JSON.stringify(it.scored.reasons)),
          targetKinds,
          ...(state ? [subjectKind, subjectId, ...stateValues(state)] : []),
        ],
      );
    return rows
      .filter((r) => r.inserted)
      .map((r) => ({ targetId: r.target_id, targetKind: r.target_kind, score: Number(r.score) }));
  }

  /**
   * A subject's suggestions people can still use (new, saved, acted), organisations first, each
   * kind by rank; `after` is the sort key of the last one of the previous page.
   */
  async list(
    subjectKind: SubjectKind,
    subjectId: string,
    page: { targetKind?: TargetKind; after?: SuggestionKey; limit: number },
  ): Promise<{ items: SuggestionRow[]; more: boolean }> {
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT ${COLUMNS} FROM suggestion s ${JOINS}
        WHERE s.subject_kind = $1 AND s.subject_id = $2 AND s.status IN ('new', 'saved', 'acted')
          AND ($3::text IS NULL OR s.target_kind = $3)
          AND ($4::int IS NULL OR (${KIND_ORDER}, s.rank, s.id) > ($4, $5, $6::uuid))
        ORDER BY ${KIND_ORDER}, s.rank, s.id
        LIMIT $7`,
      [
        subjectKind,
        subjectId,
        page.targetKind ?? null,
        page.after?.kindOrder ?? null,
        page.after?.rank ?? null,
        page.after?.id ?? null,
        page.limit + 1,
      ],
    );
    return { items: rows.slice(0, page.limit).map(toSuggestion), more: rows.length > page.limit };
  }

  /** The organisation a subject speaks for: itself, the one that posted the call, the coordinator. */
  async subjectOwner(kind: SubjectKind, id: string): Promise<string | null> {
    if (kind === 'organisation') return id;
    const rows: { owner: string }[] = await this.ds.query(
      kind === 'call'
        ? `SELECT organisation_id AS owner FROM partner_call WHERE id = $1`
        : `SELECT coordinator_id AS owner FROM consortium WHERE id = $1`,
      [id],
    );
    return rows[0]?.owner ?? null;
  }

  async find(id: string): Promise<SuggestionRow | null> {
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT ${COLUMNS} FROM suggestion s ${JOINS} WHERE s.id = $1`,
      [id],
    );
    return rows[0] ? toSuggestion(rows[0]) : null;
  }

  async setStatus(
    id: string,
    status: SuggestionRow['status'],
    extra: { dismissReason?: string | null; acted?: string },
  ) {
    await this.ds.query(
      `UPDATE suggestion SET status = $2, dismiss_reason = COALESCE($3, dismiss_reason), acted = COALESCE($4, acted),
              updated_at = now() WHERE id = $1`,
      [id, status, extra.dismissReason ?? null, extra.acted ?? null],
    );
  }

  async record(
    suggestionId: string,
    userId: string,
    action: string,
    detail: Record<string, unknown> = {},
  ): Promise<void> {
    await this.ds.query(
      `INSERT INTO suggestion_event (suggestion_id, user_id, action, detail) VALUES ($1, $2, $3, $4)`,
      [suggestionId, userId, action, detail],
    );
  }

  /** "Your data": what the user did with suggestions (dismiss, save, act), with what was suggested. */
  async actionsBy(userId: string): Promise<
    {
      id: string;
      suggestionId: string;
      action: string;
      detail: Record<string, unknown>;
      createdAt: Date;
      subjectKind: 'organisation' | 'call' | 'consortium';
      subjectId: string;
      targetKind: 'organisation' | 'call';
      targetId: string;
    }[]
  > {
    return this.ds.query(
      `SELECT e.id, e.suggestion_id AS "suggestionId", e.action, e.detail, e.created_at AS "createdAt",
              s.subject_kind AS "subjectKind", s.subject_id AS "subjectId",
              s.target_kind AS "targetKind", s.target_id AS "targetId"
         FROM suggestion_event e JOIN suggestion s ON s.id = e.suggestion_id
        WHERE e.user_id = $1 ORDER BY e.id`,
      [userId],
    );
  }

  /** Per kind of suggestion: how many were made, saved, dismissed, acted on. */
  async stats(): Promise<{ kind: string; suggested: number; saved: number; dismissed: number; acted: number }[]> {
    const rows: Record<string, string>[] = await this.ds.query(
      `SELECT s.subject_kind || '→' || s.target_kind AS kind, count(*) AS suggested,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM suggestion_event e WHERE e.suggestion_id = s.id AND e.action = 'save')) AS saved,
              count(*) FILTER (WHERE s.status = 'dismissed') AS dismissed,
              count(*) FILTER (WHERE s.status = 'acted') AS acted
         FROM suggestion s GROUP BY 1 ORDER BY 1`,
    );
    return rows.map((r) => ({
      kind: r.kind,
      suggested: Number(r.suggested),
      saved: Number(r.saved),
      dismissed: Number(r.dismissed),
      acted: Number(r.acted),
    }));
  }

  /**
   * Open calls or forming consortia for the full refresh, a batch at a time in id order
   * (organisations come in the order of their words: organisationWords).
   */
  async subjectBatch(kind: 'call' | 'consortium', after: string, limit: number): Promise<string[]> {
    const sql =
      kind === 'call'
        ? `SELECT id FROM partner_call WHERE status = 'open' AND id > $1 ORDER BY id LIMIT $2`
        : `SELECT id FROM consortium WHERE status IN ('forming', 'ready') AND id > $1 ORDER BY id LIMIT $2`;
    const rows: { id: string }[] = await this.ds.query(sql, [after, limit]);
    return rows.map((r) => r.id);
  }

  /**
   * Published organisations after `after` (by id) with what their search words come from (their
   * topics, what they look for and their description's start), a batch at a time: the full run
   * orders them by their words.
   */
  async organisationWords(after: string, limit: number): Promise<{ id: string; topics: string[]; text: string }[]> {
    const rows: { id: string; topics: string[] | null; text: string }[] = await this.ds.query(
      `SELECT id, profile->'topics' AS topics,
              COALESCE(profile->'lookingFor'->>'text', '') || ' ' || left(COALESCE(profile->>'description', ''), 400) AS text
         FROM organisation WHERE status = 'published' AND id > $1 ORDER BY id LIMIT $2`,
      [after, limit],
    );
    return rows.map((r) => ({ id: r.id, topics: r.topics ?? [], text: r.text }));
  }

  async countSubjects(): Promise<number> {
    const rows: { n: string }[] = await this.ds.query(
      `SELECT (SELECT count(*) FROM organisation WHERE status = 'published')
            + (SELECT count(*) FROM partner_call WHERE status = 'open')
            + (SELECT count(*) FROM consortium WHERE status IN ('forming', 'ready')) AS n`,
    );
    return Number(rows[0].n);
  }
}
