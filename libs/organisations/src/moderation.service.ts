import { Injectable } from '@nestjs/common';
import { DomainException, ErrorCode } from '@syndesmos/common';
import type { Tx } from '@syndesmos/database';
import { Notifier, type NotificationKind } from '@syndesmos/notifications';
import { ModerationRepository, type QueueKind, type QueueRow, type QueueStats } from './moderation.repository';
import type { OrganisationEntity, OrganisationStatus } from './organisation.entity';
import { diffProfiles, type FieldChange } from './organisation.rules';
import { appendAudit, OidTakenError, OrganisationRepository } from './organisation.repository';
import { moderationScope, requireModerates } from './moderation-scope';
import type { Viewer } from './viewer';

export interface QueueItem extends Omit<QueueRow, 'profiles'> {
  changes?: FieldChange[];
}

type Decision = 'approve' | 'reject' | 'suspend' | 'reinstate';

const DECISIONS: Record<
  Decision,
  { from: OrganisationStatus[]; to: OrganisationStatus; action: string; needsReason: boolean }
> = {
  approve: { from: ['submitted'], to: 'published', action: 'approved', needsReason: false },
  reject: { from: ['submitted'], to: 'rejected', action: 'rejected', needsReason: true },
  suspend: { from: ['published'], to: 'suspended', action: 'suspended', needsReason: true },
  reinstate: { from: ['suspended'], to: 'published', action: 'reinstated', needsReason: false },
};

/** Refusals and suspensions must say why: the organisation reads it. */
function requireReason(reason: string | null, purpose: string): void {
  if (!reason?.trim()) {
    throw new DomainException(ErrorCode.ValidationFailed, 'a reason is required', [
      { field: 'reason', problem: 'required', message: `a reason is required to ${purpose}` },
    ]);
  }
}

const conflict = (what: string) => new DomainException(ErrorCode.InvalidState, what);

/** What NA staff do: the queue, decisions on profiles, revisions and reports, the audit trail. */
@Injectable()
export class ModerationService {
  constructor(
    private readonly orgs: OrganisationRepository,
    private readonly moderation: ModerationRepository,
    private readonly notifier: Notifier,
  ) {}

  /** Tells the organisation's members about a decision on their profile. */
  private async tellMembers(
    em: Tx,
    viewer: Viewer,
    org: OrganisationEntity,
    kind: NotificationKind,
    extra: Record<string, unknown> = {},
  ): Promise<void> {
    await this.notifier.notify(em, await this.notifier.membersOf(org.id, em), {
      kind,
      actorId: viewer.userId,
      payload: { organisationId: org.id, organisationName: org.displayName, ...extra },
      subject: org.id,
    });
  }

  async queue(
    viewer: Viewer,
    opts: { country?: string; kind?: QueueKind; after?: { waitingSince: Date; id: string }; limit: number },
  ): Promise<QueueItem[]> {
    const countries = moderationScope(viewer, opts.country);
    const rows = await this.moderation.queue({ countries, kind: opts.kind, after: opts.after, limit: opts.limit });
    return rows.map(({ profiles, ...row }) =>
      profiles ? { ...row, changes: diffProfiles(profiles.live, profiles.proposed) } : row,
    );
  }

  stats(viewer: Viewer, country?: string): Promise<QueueStats> {
    return this.moderation.stats(moderationScope(viewer, country));
  }

  /** approve, reject, suspend or reinstate a profile; exactly one of two racing decisions wins. */
  async decide(
    viewer: Viewer,
    organisationId: string,
    decision: Decision,
    reason: string | null,
  ): Promise<OrganisationEntity> {
    const rule = DECISIONS[decision];
    await this.requireScope(viewer, organisationId);
    if (rule.needsReason) requireReason(reason, decision);
    const now = new Date();
    const changes =
      decision === 'approve' || decision === 'reinstate'
        ? { statusReason: null, ...(decision === 'approve' ? { publishedAt: now } : {}) }
        : { statusReason: reason };
    return this.orgs.transaction(async (em) => {
      const done = await this.orgs.transition(
        organisationId,
        rule.from,
        rule.to,
        changes,
        (before) => ({
          actorId: viewer.userId,
          actorRole: viewer.role,
          action: rule.action,
          reason,
          before: { status: before.status, statusReason: before.statusReason },
          after: { status: rule.to, statusReason: changes.statusReason ?? null },
          waitingSince: decision === 'approve' || decision === 'reject' ? before.submittedAt : null,
        }),
        em,
      );
      if (!done) throw conflict(`only a ${rule.from.join(' or ')} profile can be ${rule.action}`);
      await this.tellMembers(em, viewer, done.after, `organisation.${rule.action}` as NotificationKind, { reason });
      return done.after;
    });
  }

  async verifyOid(viewer: Viewer, organisationId: string): Promise<OrganisationEntity> {
    await this.requireScope(viewer, organisationId);
    return this.orgs.transaction(async (em) => {
      const org = await this.orgs.lockLive(em, organisationId);
      if (!org) throw new DomainException(ErrorCode.NotFound);
      if (org.oidVerifiedAt) throw conflict('this OID is already verified');
      await this.orgs.markOidVerified(organisationId, viewer.userId, em);
      await appendAudit(em, {
        organisationId,
        country: org.country,
        actorId: viewer.userId,
        actorRole: viewer.role,
        action: 'oid_verified',
        after: { oid: org.oid },
      });
      return (await this.orgs.findLive(organisationId, em))!;
    });
  }

  async decideRevision(
    viewer: Viewer,
    revisionId: string,
    approve: boolean,
    reason: string | null,
  ): Promise<OrganisationEntity> {
    if (!approve) requireReason(reason, 'reject a revision');
    try {
      return await this.orgs.transaction(async (em) => {
        const revision = await this.moderation.lockRevision(em, revisionId);
        if (!revision) throw new DomainException(ErrorCode.NotFound, 'revision not found');
        const org = requireModerates(viewer, await this.orgs.lockLive(em, revision.organisationId), 'revision');
        if (revision.status !== 'pending') throw conflict('this revision is no longer waiting');
        await this.moderation.decideRevision(em, revision.id, approve ? 'approved' : 'rejected', viewer.userId, reason);
        const after = approve ? await this.orgs.writeProfile(em, org, revision.profile) : org;
        await appendAudit(em, {
          organisationId: org.id,
          country: org.country,
          actorId: viewer.userId,
          actorRole: viewer.role,
          action: approve ? 'revision_approved' : 'revision_rejected',
          subjectId: revision.id,
          reason,
          before: org.profile,
          after: revision.profile,
          waitingSince: revision.createdAt,
        });
        await this.tellMembers(em, viewer, org, approve ? 'organisation.approved' : 'organisation.rejected', {
          reason,
          revision: true,
        });
        return after;
      });
    } catch (err) {
      if (err instanceof OidTakenError) throw new DomainException(ErrorCode.OidTaken);
      throw err;
    }
  }

  /** Resolves a report: dismiss it, or suspend the organisation it is about. */
  async resolveReport(viewer: Viewer, reportId: string, suspend: boolean, note: string | null): Promise<void> {
    if (suspend) requireReason(note, 'suspend');
    await this.orgs.transaction(async (em) => {
      const report = await this.moderation.lockReport(em, reportId);
      if (!report) throw new DomainException(ErrorCode.NotFound, 'report not found');
      const org = requireModerates(viewer, await this.orgs.lockLive(em, report.organisationId), 'report');
      if (report.status !== 'open') throw conflict('this report was already resolved');
      await this.moderation.resolveReport(em, report.id, suspend ? 'actioned' : 'dismissed', viewer.userId, note);
      await appendAudit(em, {
        organisationId: org.id,
        country: org.country,
        actorId: viewer.userId,
        actorRole: viewer.role,
        action: suspend ? 'report_actioned' : 'report_dismissed',
        subjectId: report.id,
        reason: note,
        waitingSince: report.createdAt,
      });
      if (suspend && org.status === 'published') {
        await this.orgs.transition(
          org.id,
          ['published'],
          'suspended',
          { statusReason: note },
          () => ({
            actorId: viewer.userId,
            actorRole: viewer.role,
            action: 'suspended',
            subjectId: report.id,
            reason: note,
            before: { status: 'published', statusReason: org.statusReason },
            after: { status: 'suspended', statusReason: note },
          }),
          em,
        );
        await this.tellMembers(em, viewer, org, 'organisation.suspended', { reason: note });
      }
      if (report.reporterId) {
        await this.notifier.notify(em, [report.reporterId], {
          kind: 'report.resolved',
          actorId: viewer.userId,
          payload: {
            organisationId: org.id,
            organisationName: org.displayName,
            outcome: suspend ? 'actioned' : 'dismissed',
          },
          subject: report.id,
        });
      }
    });
  }

  audit(viewer: Viewer, country: string | undefined, limit: number, beforeId?: string) {
    return this.moderation.auditForCountries(moderationScope(viewer, country), limit, beforeId);
  }

  private async requireScope(viewer: Viewer, organisationId: string): Promise<OrganisationEntity> {
    return requireModerates(viewer, await this.orgs.findLive(organisationId));
  }
}
