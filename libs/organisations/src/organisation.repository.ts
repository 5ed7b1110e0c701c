import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { asTx, inTransaction, isUniqueViolation, managerOf, unwrapTx, type Tx } from '@syndesmos/database';
import { appendToOutbox, type OutboxTopic } from '@syndesmos/outbox';
import {
  ModerationAuditEntity,
  OrganisationEntity,
  OrganisationInvitationEntity,
  OrganisationMemberEntity,
  type MemberRole,
  type OrganisationStatus,
} from './organisation.entity';
import type { OrganisationProfile } from './organisation-profile';

export class OidTakenError extends Error {}
export class LastOwnerError extends Error {}

/** Announces, in the same transaction, a change that may alter what search shows. */
export const ORGANISATION_CHANGED = 'organisation.changed' satisfies OutboxTopic;

async function announce(tx: Tx, organisationId: string): Promise<void> {
  await appendToOutbox(tx, { topic: ORGANISATION_CHANGED, aggregateId: organisationId });
}

export interface AuditRow {
  organisationId: string;
  country: string;
  actorId: string | null;
  actorRole: string;
  action: string;
  subjectId?: string | null;
  reason?: string | null;
  before?: object | null;
  after?: object | null;
  waitingSince?: Date | null;
}

export async function appendAudit(tx: Tx, row: AuditRow): Promise<void> {
  const em = unwrapTx(tx);
  const entity = em.create(ModerationAuditEntity, {
    subjectId: null,
    reason: null,
    waitingSince: null,
    ...row,
    before: row.before ?? null,
    after: row.after ?? null,
  });
  await em.save(ModerationAuditEntity, entity);
}

export interface PublishedPage {
  items: OrganisationEntity[];
  next: { displayName: string; id: string } | null;
}

/** Where a page starts (after the key of the previous page's last row) and how long it is. */
export interface PageRequest<K> {
  limit: number;
  after?: K;
}

export interface Paged<T, K> {
  items: T[];
  /** The key of the last item when more follow, else null. */
  next: K | null;
}

export interface MemberKey {
  rank: number;
  joinedAt: string;
  userId: string;
}

export interface TimeKey {
  at: string;
  id: string;
}

export interface NameKey {
  displayName: string;
  id: string;
}

function paged<T, K>(rows: { row: T; key: K }[], limit: number): Paged<T, K> {
  const page = rows.slice(0, limit);
  return { items: page.map((r) => r.row), next: rows.length > limit ? page[page.length - 1].key : null };
}

export interface MemberRow {
  userId: string;
  role: MemberRole;
  joinedAt: Date;
  displayName: string;
  email: string;
}

function denormalised(profile: OrganisationProfile) {
  return {
    profile,
    oid: profile.oid,
    pic: profile.pic,
    country: profile.country,
    organisationType: profile.organisationType,
    displayName: profile.displayName,
  };
}

function rethrowOid(err: unknown): never {
  if (isUniqueViolation(err, 'organisation_oid_key')) throw new OidTakenError();
  throw err;
}

/** An invitation to an organisation, as "your data" shows it: addressed to the user or sent by them. */
export interface InvitationConcerning {
  id: string;
  organisationId: string;
  organisationName: string;
  email: string;
  role: MemberRole;
  sentByYou: boolean;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
}

@Injectable()
export class OrganisationRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return inTransaction(this.ds, work);
  }

  async createWithOwner(profile: OrganisationProfile, ownerId: string): Promise<OrganisationEntity> {
    try {
      return await this.ds.transaction(async (em) => {
        const now = new Date();
        const org = await em.save(
          em.create(OrganisationEntity, {
            ...denormalised(profile),
            status: 'draft',
            createdBy: ownerId,
            createdAt: now,
            updatedAt: now,
            version: 1,
          }),
        );
        await em.insert(OrganisationMemberEntity, {
          organisationId: org.id,
          userId: ownerId,
          role: 'owner',
          joinedAt: now,
        });
        return org;
      });
    } catch (err) {
      rethrowOid(err);
    }
  }

  /** Any organisation that was not deleted; callers decide visibility. */
  findLive(id: string, tx?: Tx): Promise<OrganisationEntity | null> {
    const em = managerOf(this.ds, tx);
    return em
      .createQueryBuilder(OrganisationEntity, 'o')
      .where('o.id = :id AND o.status <> :deleted', { id, deleted: 'deleted' })
      .getOne();
  }

  async lockLive(tx: Tx, id: string): Promise<OrganisationEntity | null> {
    const em = unwrapTx(tx);
    return em
      .createQueryBuilder(OrganisationEntity, 'o')
      .setLock('pessimistic_write')
      .where('o.id = :id AND o.status <> :deleted', { id, deleted: 'deleted' })
      .getOne();
  }

  /** Any organisation, deleted ones included (the indexer must see deletions). */
  findAny(id: string): Promise<OrganisationEntity | null> {
    return this.ds.getRepository(OrganisationEntity).findOneBy({ id });
  }

  /** Published organisations in id order, a batch at a time (reindexing). */
  async *publishedBatches(batchSize: number): AsyncGenerator<OrganisationEntity[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await this.ds
        .getRepository(OrganisationEntity)
        .createQueryBuilder('o')
        .where('o.status = :published AND o.id > :after', { published: 'published', after })
        .orderBy('o.id')
        .take(batchSize)
        .getMany();
      if (batch.length === 0) return;
      yield batch;
      after = batch[batch.length - 1].id;
    }
  }

  async countPublished(): Promise<number> {
    return this.ds.getRepository(OrganisationEntity).countBy({ status: 'published' });
  }

  /** The published organisation changed last: the index keeper checks it is indexed. */
  async newestPublished(): Promise<{ id: string; version: number } | null> {
    const rows: { id: string; version: number }[] = await this.ds.query(
      `SELECT id, version FROM organisation WHERE status = 'published' ORDER BY updated_at DESC, id LIMIT 1`,
    );
    return rows[0] ?? null;
  }

  /** Id and version of every published organisation: what the index must hold. */
  async publishedVersions(): Promise<Map<string, number>> {
    const rows: { id: string; version: number }[] = await this.ds.query(
      `SELECT id, version FROM organisation WHERE status = 'published'`,
    );
    return new Map(rows.map((r) => [r.id, r.version]));
  }

  async oidTaken(oid: string, exceptId: string): Promise<boolean> {
    const rows: unknown[] = await this.ds.query(
      `SELECT 1 FROM organisation WHERE oid = $1 AND id <> $2 AND status <> 'deleted'`,
      [oid, exceptId],
    );
    return rows.length > 0;
  }

  async memberRole(organisationId: string, userId: string): Promise<MemberRole | null> {
    const m = await this.ds.getRepository(OrganisationMemberEntity).findOneBy({ organisationId, userId });
    return m?.role ?? null;
  }

  async listPublished(filter: {
    country?: string;
    organisationType?: string;
    after?: { displayName: string; id: string };
    limit: number;
  }): Promise<PublishedPage> {
    const qb = this.ds
      .createQueryBuilder(OrganisationEntity, 'o')
      .where('o.status = :published', { published: 'published' })
      .orderBy('o.display_name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .take(filter.limit + 1);
    if (filter.country) qb.andWhere('o.country = :country', { country: filter.country });
    if (filter.organisationType) qb.andWhere('o.organisation_type = :type', { type: filter.organisationType });
    if (filter.after) {
      qb.andWhere('(o.display_name, o.id) > (:afterName, :afterId)', {
        afterName: filter.after.displayName,
        afterId: filter.after.id,
      });
    }
    const rows = await qb.getMany();
    const items = rows.slice(0, filter.limit);
    const last = items[items.length - 1];
    return { items, next: rows.length > filter.limit && last ? { displayName: last.displayName, id: last.id } : null };
  }

  async listForUser(userId: string, tx?: Tx): Promise<{ organisation: OrganisationEntity; role: MemberRole }[]> {
    const em = managerOf(this.ds, tx);
    const rows = await em
      .createQueryBuilder(OrganisationEntity, 'o')
      .innerJoin(OrganisationMemberEntity, 'm', 'm.organisation_id = o.id AND m.user_id = :userId', { userId })
      .addSelect('m.role', 'member_role')
      .where('o.status <> :deleted', { deleted: 'deleted' })
      .orderBy('o.display_name')
      .getRawAndEntities();
    return rows.entities.map((organisation, i) => ({
      organisation,
      role: (rows.raw[i] as { member_role: MemberRole }).member_role,
    }));
  }

  /** Writes a new profile (and its indexed columns) in the given transaction. */
  async writeProfile(tx: Tx, org: OrganisationEntity, profile: OrganisationProfile): Promise<OrganisationEntity> {
    const em = unwrapTx(tx);
    // Only a published profile is in the index; other edits change nothing searchable.
    if (org.status === 'published') await announce(tx, org.id);
    try {
      await em.update(
        OrganisationEntity,
        { id: org.id },
        { ...denormalised(profile), updatedAt: new Date(), version: org.version + 1 },
      );
    } catch (err) {
      rethrowOid(err);
    }
    return (await this.findLive(org.id, tx))!;
  }

  /**
   * Moves an organisation from one of `from` to `to`, atomically with its audit entry.
   * Returns null when the organisation was not in an expected state (someone else decided).
   */
  async transition(
    id: string,
    from: readonly OrganisationStatus[],
    to: OrganisationStatus,
    changes: Partial<Pick<OrganisationEntity, 'statusReason' | 'submittedAt' | 'publishedAt' | 'deletedAt'>>,
    audit: (before: OrganisationEntity) => Omit<AuditRow, 'organisationId' | 'country'>,
    tx?: Tx,
  ): Promise<{ before: OrganisationEntity; after: OrganisationEntity } | null> {
    const work = async (t: Tx) => {
      const em = unwrapTx(t);
      const before = await this.lockLive(t, id);
      if (!before || !from.includes(before.status)) return null;
      await em.update(
        OrganisationEntity,
        { id },
        { status: to, updatedAt: new Date(), version: before.version + 1, ...changes },
      );
      await appendAudit(t, { organisationId: id, country: before.country, ...audit(before) });
      if (before.status === 'published' || to === 'published') await announce(t, id);
      const after = await em.findOneByOrFail(OrganisationEntity, { id });
      return { before, after };
    };
    return tx ? work(tx) : inTransaction(this.ds, work);
  }

  /** Invitations to the organisation that were not used yet stop working. */
  async revokePendingInvitations(tx: Tx, organisationId: string): Promise<void> {
    await unwrapTx(tx).query(
      `UPDATE organisation_invitation SET revoked_at = now()
        WHERE organisation_id = $1 AND accepted_at IS NULL AND revoked_at IS NULL`,
      [organisationId],
    );
  }

  async markOidVerified(id: string, staffId: string, tx: Tx): Promise<void> {
    const em = unwrapTx(tx);
    await em.update(OrganisationEntity, { id }, { oidVerifiedAt: new Date(), oidVerifiedBy: staffId });
  }

  // ---- members ----

  async listMembers(organisationId: string, tx?: Tx): Promise<MemberRow[]> {
    const em = managerOf(this.ds, tx);
    const rows: {
      user_id: string;
      role: MemberRole;
      joined_at: Date;
      display_name: string;
      email: string;
    }[] = await em.query(
      `SELECT m.user_id, m.role, m.joined_at, u.display_name, u.email
         FROM organisation_member m JOIN app_user u ON u.id = m.user_id
        WHERE m.organisation_id = $1
        ORDER BY CASE m.role WHEN 'owner' THEN 0 WHEN 'admin' THEN 1 ELSE 2 END, m.joined_at`,
      [organisationId],
    );
    return rows.map((r) => ({
      userId: r.user_id,
      role: r.role,
      joinedAt: r.joined_at,
      displayName: r.display_name,
      email: r.email,
    }));
  }

  /** Changes a role or removes a member (role null), refusing to leave the organisation ownerless. */
  async changeMember(organisationId: string, userId: string, role: MemberRole | null, tx?: Tx): Promise<boolean> {
    const work = async (em: EntityManager) => {
      // Lock every membership row of the organisation so two owners cannot demote each other at once.
      const members: { user_id: string; role: MemberRole }[] = await em.query(
        `SELECT user_id, role FROM organisation_member WHERE organisation_id = $1 FOR UPDATE`,
        [organisationId],
      );
      const target = members.find((m) => m.user_id === userId);
      if (!target) return false;
      const owners = members.filter((m) => m.role === 'owner').length;
      if (target.role === 'owner' && role !== 'owner' && owners <= 1) throw new LastOwnerError();
      if (role === null) await em.delete(OrganisationMemberEntity, { organisationId, userId });
      else await em.update(OrganisationMemberEntity, { organisationId, userId }, { role });
      return true;
    };
    return tx ? work(unwrapTx(tx)) : this.ds.transaction(work);
  }

  // ---- invitations ----

  async createInvitation(
    row: {
      organisationId: string;
      email: string;
      role: MemberRole;
      tokenHash: string;
      invitedBy: string;
      expiresAt: Date;
    },
    tx?: Tx,
  ): Promise<OrganisationInvitationEntity> {
    const em = managerOf(this.ds, tx);
    const repo = em.getRepository(OrganisationInvitationEntity);
    return repo.save(repo.create({ ...row, createdAt: new Date() }));
  }

  /** "Your data": invitations to organisations addressed to the user's e-mail or sent by them (no token). */
  invitationsConcerning(userId: string): Promise<InvitationConcerning[]> {
    return this.ds.query(
      `SELECT i.id, i.organisation_id AS "organisationId", o.display_name AS "organisationName", i.email, i.role,
              i.invited_by = $1 AS "sentByYou", i.created_at AS "createdAt", i.expires_at AS "expiresAt",
              i.accepted_at AS "acceptedAt", i.revoked_at AS "revokedAt"
         FROM organisation_invitation i JOIN organisation o ON o.id = i.organisation_id
        WHERE i.invited_by = $1 OR lower(i.email) = (SELECT lower(email) FROM app_user WHERE id = $1)
        ORDER BY i.created_at`,
      [userId],
    );
  }

  listInvitations(organisationId: string): Promise<OrganisationInvitationEntity[]> {
    return this.ds
      .getRepository(OrganisationInvitationEntity)
      .createQueryBuilder('i')
      .where('i.organisation_id = :organisationId AND i.accepted_at IS NULL AND i.revoked_at IS NULL', {
        organisationId,
      })
      .andWhere('i.expires_at > now()')
      .orderBy('i.created_at', 'DESC')
      .getMany();
  }

  async revokeInvitation(organisationId: string, invitationId: string): Promise<boolean> {
    const res = await this.ds
      .getRepository(OrganisationInvitationEntity)
      .createQueryBuilder()
      .update()
      .set({ revokedAt: new Date() })
      .where(
        'id = :invitationId AND organisation_id = :organisationId AND accepted_at IS NULL AND revoked_at IS NULL',
        {
          invitationId,
          organisationId,
        },
      )
      .execute();
    return (res.affected ?? 0) > 0;
  }

  /** Consumes a single-use invitation and adds the member, or says why it cannot. */
  async acceptInvitation(
    tokenHash: string,
    user: { id: string; email: string },
  ): Promise<
    | { outcome: 'joined'; organisationId: string; role: MemberRole }
    | { outcome: 'invalid' }
    | { outcome: 'wrong_email' }
    | { outcome: 'already_member' }
  > {
    return this.ds.transaction(async (em) => {
      const inv = await em
        .createQueryBuilder(OrganisationInvitationEntity, 'i')
        .setLock('pessimistic_write')
        .where('i.token_hash = :tokenHash', { tokenHash })
        .getOne();
      if (!inv || inv.acceptedAt || inv.revokedAt || inv.expiresAt <= new Date())
        return { outcome: 'invalid' } as const;
      const org = await this.findLive(inv.organisationId, asTx(em));
      if (!org) return { outcome: 'invalid' } as const;
      if (inv.email.toLowerCase() !== user.email.toLowerCase()) return { outcome: 'wrong_email' } as const;
      const existing = await em.findOneBy(OrganisationMemberEntity, {
        organisationId: inv.organisationId,
        userId: user.id,
      });
      if (existing) return { outcome: 'already_member' } as const;
      await em.insert(OrganisationMemberEntity, {
        organisationId: inv.organisationId,
        userId: user.id,
        role: inv.role,
        joinedAt: new Date(),
      });
      await em.update(OrganisationInvitationEntity, { id: inv.id }, { acceptedAt: new Date(), acceptedBy: user.id });
      return { outcome: 'joined', organisationId: inv.organisationId, role: inv.role } as const;
    });
  }

  // ---- pages of lists that grow: one row more than asked says whether a next page exists ----

  /** Members: owners, then admins, then members, each by joining time. */
  async membersPage(organisationId: string, page: PageRequest<MemberKey>): Promise<Paged<MemberRow, MemberKey>> {
    const rows: {
      user_id: string;
      role: MemberRole;
      joined_at: Date;
      joined_key: string;
      rank: number;
      display_name: string;
      email: string;
    }[] = await this.ds.query(
      `SELECT * FROM (
         SELECT m.user_id, m.role, m.joined_at, u.display_name, u.email,
                to_char(m.joined_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS joined_key,
                CASE m.role WHEN 'owner' THEN 0 WHEN 'admin' THEN 1 ELSE 2 END AS rank
           FROM organisation_member m JOIN app_user u ON u.id = m.user_id
          WHERE m.organisation_id = $1) x
        WHERE $2::int IS NULL OR (rank, joined_at, user_id) > ($2::int, $3::timestamptz, $4::uuid)
        ORDER BY rank, joined_at, user_id
        LIMIT $5`,
      [
        organisationId,
        page.after?.rank ?? null,
        page.after?.joinedAt ?? null,
        page.after?.userId ?? null,
        page.limit + 1,
      ],
    );
    return paged(
      rows.map((r) => ({
        row: { userId: r.user_id, role: r.role, joinedAt: r.joined_at, displayName: r.display_name, email: r.email },
        key: { rank: r.rank, joinedAt: r.joined_key, userId: r.user_id },
      })),
      page.limit,
    );
  }

  /** Open invitations, newest first. */
  async openInvitationsPage(
    organisationId: string,
    page: PageRequest<TimeKey>,
  ): Promise<Paged<OrganisationInvitationEntity, TimeKey>> {
    const qb = this.ds
      .getRepository(OrganisationInvitationEntity)
      .createQueryBuilder('i')
      .addSelect(`to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, 'created_key')
      .where('i.organisation_id = :organisationId AND i.accepted_at IS NULL AND i.revoked_at IS NULL', {
        organisationId,
      })
      .andWhere('i.expires_at > now()')
      .orderBy('i.created_at', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .limit(page.limit + 1);
    if (page.after) {
      qb.andWhere('(i.created_at, i.id) < (:at::timestamptz, :id::uuid)', { at: page.after.at, id: page.after.id });
    }
    const { entities, raw } = await qb.getRawAndEntities();
    return paged(
      entities.map((row, i) => ({ row, key: { at: (raw[i] as { created_key: string }).created_key, id: row.id } })),
      page.limit,
    );
  }

  /** The organisations a user belongs to (in any state but deleted), by display name. */
  async membershipsPage(
    userId: string,
    page: PageRequest<NameKey>,
  ): Promise<Paged<{ organisation: OrganisationEntity; role: MemberRole }, NameKey>> {
    const qb = this.ds
      .createQueryBuilder(OrganisationEntity, 'o')
      .innerJoin(OrganisationMemberEntity, 'm', 'm.organisation_id = o.id AND m.user_id = :userId', { userId })
      .addSelect('m.role', 'member_role')
      .where('o.status <> :deleted', { deleted: 'deleted' })
      .orderBy('o.display_name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .limit(page.limit + 1);
    if (page.after) {
      qb.andWhere('(o.display_name, o.id) > (:afterName, :afterId::uuid)', {
        afterName: page.after.displayName,
        afterId: page.after.id,
      });
    }
    const { entities, raw } = await qb.getRawAndEntities();
    return paged(
      entities.map((organisation, i) => ({
        row: { organisation, role: (raw[i] as { member_role: MemberRole }).member_role },
        key: { displayName: organisation.displayName, id: organisation.id },
      })),
      page.limit,
    );
  }
}
