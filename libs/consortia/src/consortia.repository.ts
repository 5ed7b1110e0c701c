import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { inTransaction, managerOf, returnedRows, unwrapTx, type Tx } from '@syndesmos/database';
import {
  ChannelEntity,
  ConsortiumEntity,
  ConsortiumEventEntity,
  ConsortiumInvitationEntity,
  ConsortiumMemberEntity,
  type ConsortiumStatus,
  type InvitedRole,
} from './consortia.entity';
import type { Action, ConsortiumRole } from './programme.rules';

/** What consortium and call rules need to know about an organisation. */
export interface OrganisationFacts {
  id: string;
  status: string;
  displayName: string;
  country: string;
  organisationType: string;
  naceSections: string[];
}

export interface MemberView extends OrganisationFacts {
  role: ConsortiumRole;
  joinedAt: Date;
}

export interface EventRow {
  consortiumId: string;
  actorId: string | null;
  actorOrganisationId: string | null;
  action: string;
  organisationId?: string | null;
  detail?: Record<string, unknown>;
}

interface FactsRow {
  id: string;
  status: string;
  display_name: string;
  country: string;
  organisation_type: string;
  nace_sections: string[] | null;
}

const toFacts = (r: FactsRow): OrganisationFacts => ({
  id: r.id,
  status: r.status,
  displayName: r.display_name,
  country: r.country.trim(),
  organisationType: r.organisation_type,
  naceSections: r.nace_sections ?? [],
});

const FACTS = `o.id, o.status, o.display_name, o.country, o.organisation_type,
  ARRAY(SELECT jsonb_array_elements_text(o.profile->'naceSections')) AS nace_sections`;

@Injectable()
export class ConsortiaRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return inTransaction(this.ds, work);
  }

  // ---- organisations, as seen from here ----

  /** The user's role in each organisation they belong to (deleted organisations excluded). */
  async rolesOf(userId: string): Promise<Map<string, string>> {
    const rows: { organisation_id: string; role: string }[] = await this.ds.query(
      `SELECT m.organisation_id, m.role FROM organisation_member m
         JOIN organisation o ON o.id = m.organisation_id AND o.status <> 'deleted'
        WHERE m.user_id = $1`,
      [userId],
    );
    return new Map(rows.map((r) => [r.organisation_id, r.role]));
  }

  async facts(ids: string[], tx?: Tx): Promise<OrganisationFacts[]> {
    const em = managerOf(this.ds, tx);
    if (ids.length === 0) return [];
    const rows: FactsRow[] = await em.query(
      `SELECT ${FACTS} FROM organisation o WHERE o.id = ANY($1) AND o.status <> 'deleted'`,
      [ids],
    );
    return rows.map(toFacts);
  }

  async factsOf(id: string, tx?: Tx): Promise<OrganisationFacts | null> {
    return (await this.facts([id], tx))[0] ?? null;
  }

  // ---- consortia ----

  async create(
    tx: Tx,
    row: Pick<
      ConsortiumEntity,
      'name' | 'action' | 'summary' | 'naDeadline' | 'coordinatorId' | 'fromCallId' | 'createdBy'
    >,
  ): Promise<ConsortiumEntity> {
    const em = unwrapTx(tx);
    const now = new Date();
    const consortium = await em.save(
      em.create(ConsortiumEntity, {
        ...row,
        status: 'forming',
        applicationReference: null,
        createdAt: now,
        updatedAt: now,
        version: 1,
      }),
    );
    await em.insert(ConsortiumMemberEntity, {
      consortiumId: consortium.id,
      organisationId: row.coordinatorId,
      role: 'coordinator',
      joinedAt: now,
    });
    await em.insert(ChannelEntity, { kind: 'consortium', consortiumId: consortium.id, createdAt: now });
    return consortium;
  }

  find(id: string, tx?: Tx): Promise<ConsortiumEntity | null> {
    const em = managerOf(this.ds, tx);
    return em.findOneBy(ConsortiumEntity, { id });
  }

  lock(tx: Tx, id: string): Promise<ConsortiumEntity | null> {
    const em = unwrapTx(tx);
    return em
      .createQueryBuilder(ConsortiumEntity, 'c')
      .setLock('pessimistic_write')
      .where('c.id = :id', { id })
      .getOne();
  }

  async update(tx: Tx, c: ConsortiumEntity, changes: Partial<ConsortiumEntity>): Promise<void> {
    const em = unwrapTx(tx);
    await em.update(ConsortiumEntity, { id: c.id }, { ...changes, updatedAt: new Date(), version: c.version + 1 });
  }

  async members(id: string, tx?: Tx): Promise<MemberView[]> {
    const em = managerOf(this.ds, tx);
    const rows: (FactsRow & { role: ConsortiumRole; joined_at: Date })[] = await em.query(
      `SELECT ${FACTS}, m.role, m.joined_at
         FROM consortium_member m JOIN organisation o ON o.id = m.organisation_id AND o.status <> 'deleted'
        WHERE m.consortium_id = $1
        ORDER BY CASE m.role WHEN 'coordinator' THEN 0 WHEN 'partner' THEN 1 ELSE 2 END, m.joined_at`,
      [id],
    );
    return rows.map((r) => ({ ...toFacts(r), role: r.role, joinedAt: r.joined_at }));
  }

  async memberRole(consortiumId: string, organisationId: string, tx?: Tx): Promise<ConsortiumRole | null> {
    const em = managerOf(this.ds, tx);
    const m = await em.findOneBy(ConsortiumMemberEntity, { consortiumId, organisationId });
    return m?.role ?? null;
  }

  /** Adds a member; false when it already is one (the primary key decides, whatever the race). */
  async addMember(tx: Tx, consortiumId: string, organisationId: string, role: ConsortiumRole) {
    const em = unwrapTx(tx);
    const res: unknown[] = await em.query(
      `INSERT INTO consortium_member (consortium_id, organisation_id, role) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING organisation_id`,
      [consortiumId, organisationId, role],
    );
    return res.length > 0;
  }

  async removeMember(tx: Tx, consortiumId: string, organisationId: string): Promise<void> {
    const em = unwrapTx(tx);
    await em.delete(ConsortiumMemberEntity, { consortiumId, organisationId });
  }

  async setMemberRole(tx: Tx, consortiumId: string, organisationId: string, role: ConsortiumRole) {
    const em = unwrapTx(tx);
    await em.update(ConsortiumMemberEntity, { consortiumId, organisationId }, { role });
  }

  async channelOf(consortiumId: string): Promise<string | null> {
    const ch = await this.ds.manager.findOneBy(ChannelEntity, { consortiumId });
    return ch?.id ?? null;
  }

  /** Consortia any of the organisations belongs to, newest first (a key that never moves). */
  async listFor(
    organisationIds: string[],
    limit: number,
    after?: { createdAt: string; id: string },
  ): Promise<ConsortiumEntity[]> {
    if (organisationIds.length === 0) return [];
    const qb = this.ds
      .createQueryBuilder(ConsortiumEntity, 'c')
      .where('c.id IN (SELECT consortium_id FROM consortium_member WHERE organisation_id = ANY(:orgs))', {
        orgs: organisationIds,
      })
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .take(limit + 1);
    if (after) qb.andWhere('(c.created_at, c.id) < (:at, :id)', { at: after.createdAt, id: after.id });
    return qb.getMany();
  }

  // ---- invitations ----

  async createInvitation(
    tx: Tx,
    row: Pick<
      ConsortiumInvitationEntity,
      'consortiumId' | 'organisationId' | 'role' | 'message' | 'answerId' | 'invitedBy'
    >,
  ): Promise<ConsortiumInvitationEntity> {
    const em = unwrapTx(tx);
    return em.save(em.create(ConsortiumInvitationEntity, { ...row, status: 'pending', createdAt: new Date() }));
  }

  findInvitation(id: string, tx?: Tx): Promise<ConsortiumInvitationEntity | null> {
    const em = managerOf(this.ds, tx);
    return em.findOneBy(ConsortiumInvitationEntity, { id });
  }

  lockInvitation(tx: Tx, id: string): Promise<ConsortiumInvitationEntity | null> {
    const em = unwrapTx(tx);
    return em
      .createQueryBuilder(ConsortiumInvitationEntity, 'i')
      .setLock('pessimistic_write')
      .where('i.id = :id', { id })
      .getOne();
  }

  async decideInvitation(tx: Tx, id: string, status: 'accepted' | 'declined' | 'revoked', by: string): Promise<void> {
    const em = unwrapTx(tx);
    await em.update(ConsortiumInvitationEntity, { id }, { status, decidedAt: new Date(), decidedBy: by });
  }

  /** Pending invitations that still wait in a consortium that can take members. */
  /** Pending invitations, newest first; with `page`, `limit` of them and one more when there is a next page. */
  async pendingInvitations(
    where: { consortiumId?: string; organisationIds?: string[] },
    page?: { limit: number; before?: { createdAt: string; id: string } },
  ) {
    const qb = this.ds
      .createQueryBuilder(ConsortiumInvitationEntity, 'i')
      .where(`i.status = 'pending'`)
      .orderBy('i.created_at', 'DESC')
      .addOrderBy('i.id', 'DESC');
    if (where.consortiumId) qb.andWhere('i.consortium_id = :c', { c: where.consortiumId });
    if (where.organisationIds) qb.andWhere('i.organisation_id = ANY(:orgs)', { orgs: where.organisationIds });
    if (page) qb.take(page.limit + 1);
    if (page?.before) {
      qb.andWhere('(i.created_at, i.id) < (:at, :id)', { at: page.before.createdAt, id: page.before.id });
    }
    return qb.getMany();
  }

  async hasPendingInvitation(tx: Tx, consortiumId: string, organisationId: string): Promise<boolean> {
    const em = unwrapTx(tx);
    const rows: unknown[] = await em.query(
      `SELECT 1 FROM consortium_invitation WHERE consortium_id = $1 AND organisation_id = $2 AND status = 'pending'`,
      [consortiumId, organisationId],
    );
    return rows.length > 0;
  }

  /**
   * Withdraws pending invitations: those of a consortium that can no longer take members, or
   * those addressed to an organisation that was deleted.
   */
  async revokePending(
    tx: Tx,
    where: { consortiumId: string } | { organisationId: string },
    by: string,
  ): Promise<{ id: string; consortiumId: string; organisationId: string }[]> {
    const column = 'consortiumId' in where ? 'consortium_id' : 'organisation_id';
    const em = unwrapTx(tx);
    const result: unknown = await em.query(
      `UPDATE consortium_invitation SET status = 'revoked', decided_at = now(), decided_by = $2
        WHERE ${column} = $1 AND status = 'pending' RETURNING id, consortium_id, organisation_id`,
      ['consortiumId' in where ? where.consortiumId : where.organisationId, by],
    );
    const rows = returnedRows<{ id: string; consortium_id: string; organisation_id: string }>(result);
    return rows.map((r) => ({ id: r.id, consortiumId: r.consortium_id, organisationId: r.organisation_id }));
  }

  /**
   * Locks, in id order, every consortium the organisation is a member of or invited to:
   * what its deletion changes.
   */
  lockConsortiaOf(tx: Tx, organisationId: string): Promise<ConsortiumEntity[]> {
    const em = unwrapTx(tx);
    return em
      .createQueryBuilder(ConsortiumEntity, 'c')
      .setLock('pessimistic_write')
      .where(
        `c.id IN (SELECT consortium_id FROM consortium_member WHERE organisation_id = :org
             UNION SELECT consortium_id FROM consortium_invitation WHERE organisation_id = :org AND status = 'pending')`,
        { org: organisationId },
      )
      .orderBy('c.id')
      .getMany();
  }

  /** The name of any organisation, deleted ones included (history and notices name it). */
  async displayNameOf(id: string, tx?: Tx): Promise<string | null> {
    const em = managerOf(this.ds, tx);
    const rows: { display_name: string }[] = await em.query(`SELECT display_name FROM organisation WHERE id = $1`, [
      id,
    ]);
    return rows[0]?.display_name ?? null;
  }

  /**
   * "Your data": the organisations' consortium memberships, invitations they received or
   * sent (as coordinator), and history entries that concern them.
   */
  async exportFor(organisationIds: string[]) {
    if (organisationIds.length === 0) return { memberships: [], invitations: [], history: [] };
    const memberships: {
      consortiumId: string;
      consortiumName: string;
      status: ConsortiumStatus;
      action: Action;
      organisationId: string;
      role: ConsortiumRole;
      joinedAt: Date;
    }[] = await this.ds.query(
      `SELECT m.consortium_id AS "consortiumId", c.name AS "consortiumName", c.status, c.action,
              m.organisation_id AS "organisationId", m.role, m.joined_at AS "joinedAt"
         FROM consortium_member m JOIN consortium c ON c.id = m.consortium_id
        WHERE m.organisation_id = ANY($1) ORDER BY m.joined_at`,
      [organisationIds],
    );
    const invitations = await this.ds
      .createQueryBuilder(ConsortiumInvitationEntity, 'i')
      .where('i.organisation_id = ANY(:orgs)', { orgs: organisationIds })
      .orWhere('i.consortium_id IN (SELECT id FROM consortium WHERE coordinator_id = ANY(:orgs))', {
        orgs: organisationIds,
      })
      .orderBy('i.created_at')
      .getMany();
    const history = await this.ds
      .createQueryBuilder(ConsortiumEventEntity, 'e')
      .where('e.organisation_id = ANY(:orgs) OR e.actor_organisation_id = ANY(:orgs)', { orgs: organisationIds })
      .orderBy('e.id')
      .getMany();
    return { memberships, invitations, history };
  }

  // ---- history ----

  async appendEvent(tx: Tx, row: EventRow): Promise<void> {
    const em = unwrapTx(tx);
    await em.save(
      em.create(ConsortiumEventEntity, {
        organisationId: null,
        detail: {},
        ...row,
        createdAt: new Date(),
      }),
    );
  }

  /** Whether a member ever left or was removed: what a replacement call replaces. */
  async hadDeparture(consortiumId: string): Promise<boolean> {
    return this.ds
      .createQueryBuilder(ConsortiumEventEntity, 'e')
      .where('e.consortium_id = :consortiumId', { consortiumId })
      .andWhere("e.action IN ('left', 'removed')")
      .getExists();
  }

  events(consortiumId: string, limit: number, beforeId?: string): Promise<ConsortiumEventEntity[]> {
    const qb = this.ds
      .createQueryBuilder(ConsortiumEventEntity, 'e')
      .where('e.consortium_id = :consortiumId', { consortiumId })
      .orderBy('e.id', 'DESC')
      .take(limit + 1);
    if (beforeId) qb.andWhere('e.id < :beforeId', { beforeId });
    return qb.getMany();
  }
}

export type { ConsortiumStatus, InvitedRole };
