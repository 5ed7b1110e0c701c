import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { inTransaction, managerOf, unwrapTx, type Tx } from '@syndesmos/database';
import type { Action } from '@syndesmos/taxonomies';
import type {
  Activity,
  ProjectResult,
  WorkPackage,
  Workplan,
  WorkplanEvent,
  WorkplanFrameValues,
  WorkplanMember,
  WorkplanPart,
} from './workplan.model';

// The only code that reads and writes the workplan tables. Every method takes the consortium
// it works in, and every statement is scoped by it, so a part id from another plan finds nothing.

export type PartKind = Exclude<WorkplanPart, 'frame'>;

interface Link {
  field: string;
  table: string;
  owner: string;
  other: string;
}

interface PartTable {
  table: string;
  /** Domain field → column, for the fields a write may set. */
  columns: Record<string, string>;
  links: Link[];
}

const link = (field: string, table: string, owner: string, other: string): Link => ({ field, table, owner, other });

const PARTS: Record<PartKind, PartTable> = {
  work_package: {
    table: 'workplan_work_package',
    columns: {
      management: 'management',
      title: 'title',
      objectives: 'objectives',
      indicators: 'indicators',
      leadOrganisationId: 'lead_organisation_id',
      amount: 'amount',
    },
    links: [link('participantIds', 'workplan_work_package_participant', 'work_package_id', 'organisation_id')],
  },
  activity: {
    table: 'workplan_activity',
    columns: {
      workPackageId: 'work_package_id',
      title: 'title',
      description: 'description',
      kind: 'kind',
      leadOrganisationId: 'lead_organisation_id',
      startMonth: 'start_month',
      endMonth: 'end_month',
      expectedResults: 'expected_results',
      amount: 'amount',
    },
    links: [link('participantIds', 'workplan_activity_participant', 'activity_id', 'organisation_id')],
  },
  result: {
    table: 'workplan_result',
    columns: {
      title: 'title',
      description: 'description',
      type: 'type',
      languages: 'languages',
      targetGroups: 'target_groups',
      leadOrganisationId: 'lead_organisation_id',
      dueMonth: 'due_month',
    },
    links: [
      link('contributorIds', 'workplan_result_contributor', 'result_id', 'organisation_id'),
      link('activityIds', 'workplan_result_activity', 'result_id', 'activity_id'),
    ],
  },
  event: {
    table: 'workplan_event',
    columns: {
      title: 'title',
      description: 'description',
      hostOrganisationId: 'host_organisation_id',
      country: 'country',
      month: 'month',
      participantsLocal: 'participants_local',
      participantsInternational: 'participants_international',
    },
    links: [link('resultIds', 'workplan_event_result', 'event_id', 'result_id')],
  },
};

const FRAME_COLUMNS: Record<keyof WorkplanFrameValues, string> = {
  lumpSum: 'lump_sum',
  durationMonths: 'duration_months',
  plannedStart: 'planned_start',
  aim: 'aim',
  summary: 'summary',
};

export interface ConsortiumFacts {
  id: string;
  name: string;
  action: Action;
  status: string;
  coordinatorId: string;
  members: WorkplanMember[];
}

export interface ChangeRow {
  consortiumId: string;
  actorId: string;
  actorOrganisationId: string | null;
  part: WorkplanPart;
  partId: string | null;
  action: 'created' | 'updated' | 'deleted';
  detail: Record<string, unknown>;
}

export interface ChangeEntry extends Omit<ChangeRow, 'actorId'> {
  id: string;
  actorId: string | null;
  actorName: string | null;
  createdAt: Date;
}

// Raw rows of the queries below; each is read field by field into the typed model.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>;
const camel = (s: string) => s.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
const fromRow = (r: Row): Row => Object.fromEntries(Object.entries(r).map(([k, v]) => [camel(k), v]));
const day = (d: unknown): string | null =>
  d === null ? null : d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10);

@Injectable()
export class WorkplanRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return inTransaction(this.ds, work);
  }

  /** The consortium and its current members (deleted organisations excluded). */
  async consortium(consortiumId: string, tx?: Tx): Promise<ConsortiumFacts | null> {
    const em = managerOf(this.ds, tx);
    const [c]: Row[] = await em.query(`SELECT id, name, action, status, coordinator_id FROM consortium WHERE id = $1`, [
      consortiumId,
    ]);
    if (!c) return null;
    const members: Row[] = await em.query(
      `SELECT m.organisation_id, o.display_name, o.country, m.role
         FROM consortium_member m JOIN organisation o ON o.id = m.organisation_id AND o.status <> 'deleted'
        WHERE m.consortium_id = $1
        ORDER BY CASE m.role WHEN 'coordinator' THEN 0 WHEN 'partner' THEN 1 ELSE 2 END, m.joined_at`,
      [consortiumId],
    );
    return {
      id: c.id,
      name: c.name,
      action: c.action,
      status: c.status,
      coordinatorId: c.coordinator_id,
      members: members.map((m) => ({
        organisationId: m.organisation_id,
        name: m.display_name,
        country: String(m.country).trim(),
        role: m.role,
      })),
    };
  }

  /**
   * Makes the plan exist (the first read or write of any consortium creates it): an empty
   * frame and, for a work-package action, WP1 "Project management" led by the coordinator.
   */
  async ensure(consortiumId: string, withManagement: boolean, coordinatorId: string): Promise<void> {
    await this.transaction(async (tx) => {
      const em = unwrapTx(tx);
      const created: Row[] = await em.query(
        `INSERT INTO workplan (consortium_id) VALUES ($1) ON CONFLICT DO NOTHING RETURNING consortium_id`,
        [consortiumId],
      );
      if (created.length === 0 || !withManagement) return;
      await em.query(
        `INSERT INTO workplan_work_package (consortium_id, management, title, lead_organisation_id)
         VALUES ($1, true, 'Project management', $2)`,
        [consortiumId, coordinatorId],
      );
    });
  }

  /** Serialises the writes to one plan; returns its version, or null when it does not exist. */
  async lock(tx: Tx, consortiumId: string): Promise<number | null> {
    const rows: Row[] = await unwrapTx(tx).query(`SELECT version FROM workplan WHERE consortium_id = $1 FOR UPDATE`, [
      consortiumId,
    ]);
    return rows[0]?.version ?? null;
  }

  async load(facts: ConsortiumFacts, tx?: Tx): Promise<Workplan | null> {
    const em = managerOf(this.ds, tx);
    const id = facts.id;
    const [plan]: Row[] = await em.query(`SELECT * FROM workplan WHERE consortium_id = $1`, [id]);
    if (!plan) return null;
    const linksOf = async (l: Link) => {
      const rows: Row[] = await em.query(
        `SELECT ${l.owner} AS owner, ${l.other} AS other FROM ${l.table} WHERE consortium_id = $1 ORDER BY other`,
        [id],
      );
      const by = new Map<string, string[]>();
      for (const r of rows) by.set(r.owner, [...(by.get(r.owner) ?? []), r.other]);
      return by;
    };
    const partsOf = async (kind: PartKind, order: string) => {
      const t = PARTS[kind];
      const rows: Row[] = await em.query(`SELECT * FROM ${t.table} WHERE consortium_id = $1 ORDER BY ${order}`, [id]);
      const links = await Promise.all(t.links.map(async (l) => [l.field, await linksOf(l)] as const));
      return rows.map((r) => {
        const part = fromRow(r);
        delete part.consortiumId;
        delete part.createdAt;
        for (const [field, by] of links) part[field] = by.get(r.id) ?? [];
        return part;
      });
    };
    const workPackages = (await partsOf('work_package', 'management DESC, created_at, id')).map(
      (w, i) => ({ ...w, number: i + 1 }) as WorkPackage,
    );
    return {
      consortiumId: id,
      action: facts.action,
      coordinatorId: facts.coordinatorId,
      lumpSum: plan.lump_sum,
      durationMonths: plan.duration_months,
      plannedStart: day(plan.planned_start),
      aim: plan.aim,
      summary: plan.summary,
      version: plan.version,
      updatedAt: plan.updated_at,
      members: facts.members,
      workPackages,
      activities: (await partsOf('activity', 'start_month, created_at, id')) as Activity[],
      results: (await partsOf('result', 'due_month, created_at, id')) as ProjectResult[],
      events: ((await partsOf('event', 'month, created_at, id')) as WorkplanEvent[]).map((e) => ({
        ...e,
        country: e.country.trim(),
      })),
    };
  }

  async updateFrame(tx: Tx, consortiumId: string, values: Partial<WorkplanFrameValues>): Promise<void> {
    const sets = Object.entries(values).map(([k, v]) => [FRAME_COLUMNS[k as keyof WorkplanFrameValues], v] as const);
    await unwrapTx(tx).query(
      `UPDATE workplan SET ${sets.map(([c], i) => `${c} = $${i + 2}, `).join('')}version = version + 1,
         updated_at = now() WHERE consortium_id = $1`,
      [consortiumId, ...sets.map(([, v]) => v)],
    );
  }

  /** A part of the plan changed: the plan's time moves (its version is the frame's own). */
  async touch(tx: Tx, consortiumId: string): Promise<void> {
    await unwrapTx(tx).query(`UPDATE workplan SET updated_at = now() WHERE consortium_id = $1`, [consortiumId]);
  }

  async insertPart(tx: Tx, consortiumId: string, kind: PartKind, values: Record<string, unknown>): Promise<string> {
    const t = PARTS[kind];
    const cols = Object.keys(values).filter((k) => k in t.columns);
    const [row]: Row[] = await unwrapTx(tx).query(
      `INSERT INTO ${t.table} (consortium_id${cols.map((c) => `, ${t.columns[c]}`).join('')})
       VALUES ($1${cols.map((_c, i) => `, $${i + 2}`).join('')}) RETURNING id`,
      [consortiumId, ...cols.map((c) => values[c])],
    );
    await this.setLinks(tx, consortiumId, kind, row!.id, values);
    return row!.id;
  }

  /** Changes the fields given and moves the part's version on. */
  async updatePart(
    tx: Tx,
    consortiumId: string,
    kind: PartKind,
    id: string,
    values: Record<string, unknown>,
  ): Promise<void> {
    const t = PARTS[kind];
    const cols = Object.keys(values).filter((k) => k in t.columns);
    await unwrapTx(tx).query(
      `UPDATE ${t.table} SET ${cols.map((c, i) => `${t.columns[c]} = $${i + 3}, `).join('')}version = version + 1,
         updated_at = now() WHERE consortium_id = $1 AND id = $2`,
      [consortiumId, id, ...cols.map((c) => values[c])],
    );
    await this.setLinks(tx, consortiumId, kind, id, values);
  }

  async deletePart(tx: Tx, consortiumId: string, kind: PartKind, id: string): Promise<void> {
    await unwrapTx(tx).query(`DELETE FROM ${PARTS[kind].table} WHERE consortium_id = $1 AND id = $2`, [
      consortiumId,
      id,
    ]);
  }

  private async setLinks(tx: Tx, consortiumId: string, kind: PartKind, id: string, values: Record<string, unknown>) {
    const em = unwrapTx(tx);
    for (const l of PARTS[kind].links) {
      const ids = values[l.field];
      if (!Array.isArray(ids)) continue;
      await em.query(`DELETE FROM ${l.table} WHERE consortium_id = $1 AND ${l.owner} = $2`, [consortiumId, id]);
      if (ids.length === 0) continue;
      await em.query(
        `INSERT INTO ${l.table} (consortium_id, ${l.owner}, ${l.other})
         SELECT $1, $2, unnest($3::uuid[]) ON CONFLICT DO NOTHING`,
        [consortiumId, id, [...new Set(ids)]],
      );
    }
  }

  async appendChange(tx: Tx, row: ChangeRow): Promise<void> {
    await unwrapTx(tx).query(
      `INSERT INTO workplan_change (consortium_id, actor_id, actor_organisation_id, part, part_id, action, detail)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [row.consortiumId, row.actorId, row.actorOrganisationId, row.part, row.partId, row.action, row.detail],
    );
  }

  /** The plan's history, newest first; `limit` of it and one more when there is a next page. */
  async changes(consortiumId: string, limit: number, beforeId?: string): Promise<ChangeEntry[]> {
    const rows: Row[] = await this.ds.query(
      `SELECT c.*, u.display_name AS actor_name FROM workplan_change c LEFT JOIN app_user u ON u.id = c.actor_id
        WHERE c.consortium_id = $1 AND ($2::bigint IS NULL OR c.id < $2::bigint)
        ORDER BY c.id DESC LIMIT $3`,
      [consortiumId, beforeId ?? null, limit + 1],
    );
    return rows.map((r) => ({ ...(fromRow(r) as ChangeEntry), id: String(r.id) }));
  }
}
