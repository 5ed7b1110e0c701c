import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { managerOf, unwrapTx, type Tx } from '@syndesmos/database';
import { ModerationAuditEntity, OrganisationReportEntity, OrganisationRevisionEntity } from './organisation.entity';
import type { OrganisationProfile } from './organisation-profile';

export type QueueKind = 'submission' | 'revision' | 'report';

export interface QueueRow {
  kind: QueueKind;
  id: string;
  organisationId: string;
  country: string;
  displayName: string;
  waitingSince: Date;
  /** Revisions: the live and the proposed profile. */
  profiles?: { live: OrganisationProfile; proposed: OrganisationProfile };
  /** Reports: what the reporter said. */
  report?: { category: string; text: string };
}

/** An audit entry with the organisation's and the actor's current names (null once gone). */
export interface NamedAuditEntry extends ModerationAuditEntity {
  organisationName: string | null;
  actorName: string | null;
}

export interface QueueScope {
  /** null: every country (platform admins). */
  countries: string[] | null;
  kind?: QueueKind;
  after?: { waitingSince: Date; id: string };
  limit: number;
}

export interface QueueStats {
  submissions: number;
  revisions: number;
  reports: number;
  oldestWaitingSince: Date | null;
  medianHoursToDecision: number | null;
  decisionsLast90Days: number;
}

// Each row carries what its queue item shows (both profiles of a revision, the report's
// words), so a page of the queue is one query.
const QUEUE_SQL = `
  SELECT 'submission' AS kind, o.id AS id, o.id AS organisation_id, o.country, o.display_name,
         o.submitted_at AS waiting_since, NULL::jsonb AS live_profile, NULL::jsonb AS proposed_profile,
         NULL::varchar AS report_category, NULL::text AS report_text
    FROM organisation o WHERE o.status = 'submitted'
  UNION ALL
  SELECT 'revision', r.id, o.id, o.country, o.display_name, r.created_at, o.profile, r.profile, NULL, NULL
    FROM organisation_revision r JOIN organisation o ON o.id = r.organisation_id
   WHERE r.status = 'pending' AND o.status IN ('published', 'suspended')
  UNION ALL
  SELECT 'report', p.id, o.id, o.country, o.display_name, p.created_at, NULL, NULL, p.category, p.text
    FROM organisation_report p JOIN organisation o ON o.id = p.organisation_id
   WHERE p.status = 'open' AND o.status <> 'deleted'`;

@Injectable()
export class ModerationRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  // ---- revisions ----

  findPendingRevision(organisationId: string, tx?: Tx): Promise<OrganisationRevisionEntity | null> {
    const em = managerOf(this.ds, tx);
    return em.findOneBy(OrganisationRevisionEntity, { organisationId, status: 'pending' });
  }

  async lockRevision(tx: Tx, id: string): Promise<OrganisationRevisionEntity | null> {
    const em = unwrapTx(tx);
    return em
      .createQueryBuilder(OrganisationRevisionEntity, 'r')
      .setLock('pessimistic_write')
      .where('r.id = :id', { id })
      .getOne();
  }

  /** Creates the pending revision or replaces its proposed profile. */
  async upsertPendingRevision(
    tx: Tx,
    organisationId: string,
    profile: OrganisationProfile,
    proposedBy: string,
  ): Promise<{ revision: OrganisationRevisionEntity; created: boolean }> {
    const em = unwrapTx(tx);
    const existing = await em
      .createQueryBuilder(OrganisationRevisionEntity, 'r')
      .setLock('pessimistic_write')
      .where('r.organisation_id = :organisationId AND r.status = :pending', { organisationId, pending: 'pending' })
      .getOne();
    const now = new Date();
    if (existing) {
      await em.update(OrganisationRevisionEntity, { id: existing.id }, { profile, proposedBy, updatedAt: now });
      return { revision: { ...existing, profile, proposedBy, updatedAt: now }, created: false };
    }
    const revision = await em.save(
      em.create(OrganisationRevisionEntity, {
        organisationId,
        profile,
        proposedBy,
        status: 'pending',
        createdAt: now,
        updatedAt: now,
      }),
    );
    return { revision, created: true };
  }

  async decideRevision(
    tx: Tx,
    id: string,
    status: 'approved' | 'rejected' | 'withdrawn',
    decidedBy: string | null,
    reason: string | null,
  ): Promise<void> {
    const em = unwrapTx(tx);
    await em.update(OrganisationRevisionEntity, { id }, { status, decidedBy, reason, decidedAt: new Date() });
  }

  /** Keeps the minor fields of a waiting revision in step with the live profile. */
  async patchPendingRevision(tx: Tx, organisationId: string, minor: Partial<OrganisationProfile>): Promise<void> {
    const em = unwrapTx(tx);
    const pending = await this.findPendingRevision(organisationId, tx);
    if (pending)
      await em.update(OrganisationRevisionEntity, { id: pending.id }, { profile: { ...pending.profile, ...minor } });
  }

  // ---- reports ----

  async createReport(
    row: {
      organisationId: string;
      reporterId: string;
      category: string;
      text: string;
    },
    tx?: Tx,
  ): Promise<OrganisationReportEntity> {
    const em = managerOf(this.ds, tx);
    const repo = em.getRepository(OrganisationReportEntity);
    return repo.save(repo.create({ ...row, status: 'open', createdAt: new Date() }));
  }

  async lockReport(tx: Tx, id: string): Promise<OrganisationReportEntity | null> {
    const em = unwrapTx(tx);
    return em
      .createQueryBuilder(OrganisationReportEntity, 'p')
      .setLock('pessimistic_write')
      .where('p.id = :id', { id })
      .getOne();
  }

  async resolveReport(
    tx: Tx,
    id: string,
    status: 'dismissed' | 'actioned',
    resolvedBy: string,
    note: string | null,
  ): Promise<void> {
    const em = unwrapTx(tx);
    await em.update(
      OrganisationReportEntity,
      { id },
      { status, resolvedBy, resolutionNote: note, resolvedAt: new Date() },
    );
  }

  // ---- audit ----

  async auditForOrganisation(
    organisationId: string,
    limit: number,
    beforeId?: string,
  ): Promise<ModerationAuditEntity[]> {
    const qb = this.ds
      .getRepository(ModerationAuditEntity)
      .createQueryBuilder('a')
      .where('a.organisation_id = :organisationId', { organisationId })
      .orderBy('a.id', 'DESC')
      .take(limit);
    if (beforeId) qb.andWhere('a.id < :beforeId', { beforeId });
    return qb.getMany();
  }

  /** The log of some countries, each entry with the names a reader needs, in one query. */
  async auditForCountries(countries: string[] | null, limit: number, beforeId?: string): Promise<NamedAuditEntry[]> {
    const qb = this.ds
      .getRepository(ModerationAuditEntity)
      .createQueryBuilder('a')
      // No foreign keys behind these joins: a deleted account leaves the actor's name null.
      .leftJoin('organisation', 'o', 'o.id = a.organisation_id')
      .leftJoin('app_user', 'u', 'u.id = a.actor_id')
      .addSelect('o.display_name', 'organisation_name')
      .addSelect('u.display_name', 'actor_name')
      .orderBy('a.id', 'DESC')
      .limit(limit);
    if (countries) qb.where('a.country IN (:...countries)', { countries });
    if (beforeId) qb.andWhere('a.id < :beforeId', { beforeId });
    const rows = await qb.getRawAndEntities<{ organisation_name: string | null; actor_name: string | null }>();
    return rows.entities.map((entry, i) => ({
      ...entry,
      organisationName: rows.raw[i].organisation_name,
      actorName: rows.raw[i].actor_name,
    }));
  }

  // ---- queue ----

  async queue(scope: QueueScope): Promise<QueueRow[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (scope.countries) {
      params.push(scope.countries);
      where.push(`country = ANY($${params.length}::char(2)[])`);
    }
    if (scope.kind) {
      params.push(scope.kind);
      where.push(`kind = $${params.length}`);
    }
    if (scope.after) {
      params.push(scope.after.waitingSince, scope.after.id);
      where.push(`(waiting_since, id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(scope.limit);
    const rows: {
      kind: QueueKind;
      id: string;
      organisation_id: string;
      country: string;
      display_name: string;
      waiting_since: Date;
      live_profile: OrganisationProfile | null;
      proposed_profile: OrganisationProfile | null;
      report_category: string | null;
      report_text: string | null;
    }[] = await this.ds.query(
      `SELECT * FROM (${QUEUE_SQL}) q ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
          ORDER BY waiting_since, id LIMIT $${params.length}`,
      params,
    );
    return rows.map((r) => ({
      kind: r.kind,
      id: r.id,
      organisationId: r.organisation_id,
      country: r.country,
      displayName: r.display_name,
      waitingSince: r.waiting_since,
      ...(r.live_profile && r.proposed_profile
        ? { profiles: { live: r.live_profile, proposed: r.proposed_profile } }
        : {}),
      ...(r.report_category !== null ? { report: { category: r.report_category, text: r.report_text ?? '' } } : {}),
    }));
  }

  async stats(countries: string[] | null): Promise<QueueStats> {
    const params = countries ? [countries] : [];
    const filter = countries ? `WHERE country = ANY($1::char(2)[])` : '';
    const [pending] = await this.ds.query(
      `SELECT count(*) FILTER (WHERE kind = 'submission')::int AS submissions,
              count(*) FILTER (WHERE kind = 'revision')::int AS revisions,
              count(*) FILTER (WHERE kind = 'report')::int AS reports,
              min(waiting_since) AS oldest
         FROM (${QUEUE_SQL}) q ${filter}`,
      params,
    );
    const [decided] = await this.ds.query(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM created_at - waiting_since)) AS median_seconds,
              count(*)::int AS decisions
         FROM moderation_audit
        WHERE waiting_since IS NOT NULL AND created_at > now() - interval '90 days'
          ${countries ? 'AND country = ANY($1::char(2)[])' : ''}`,
      params,
    );
    return {
      submissions: pending.submissions,
      revisions: pending.revisions,
      reports: pending.reports,
      oldestWaitingSince: pending.oldest,
      medianHoursToDecision:
        decided.median_seconds === null ? null : Math.round((Number(decided.median_seconds) / 3600) * 10) / 10,
      decisionsLast90Days: decided.decisions,
    };
  }

  // ---- personal data ----

  async reportsBy(userId: string): Promise<OrganisationReportEntity[]> {
    return this.ds.getRepository(OrganisationReportEntity).findBy({ reporterId: userId });
  }
}
