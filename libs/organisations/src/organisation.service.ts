import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainException, ErrorCode } from '@syndesmos/common';
import type { Tx } from '@syndesmos/database';
import { Notifier } from '@syndesmos/notifications';
import { RealtimePublisher } from '@syndesmos/realtime-events';
import { ModerationRepository } from './moderation.repository';
import { OrganisationDeletionSteps, runAfter, type AfterDeletion } from './organisation-deletion';
import type { MemberRole, OrganisationEntity, OrganisationInvitationEntity } from './organisation.entity';
import type { OrganisationProfile } from './organisation-profile';
import {
  DIRECTLY_EDITABLE,
  diffProfiles,
  memberMay,
  missingForSubmission,
  profileInconsistencies,
  REVISED,
  splitMinor,
  type FieldChange,
  type MemberAction,
} from './organisation.rules';
import {
  appendAudit,
  LastOwnerError,
  OidTakenError,
  OrganisationRepository,
  type MemberKey,
  type MemberRow,
  type NameKey,
  type PageRequest,
  type Paged,
  type TimeKey,
} from './organisation.repository';
import { moderates } from './moderation-scope';
import { requireVerified, seesOrganisation, type Viewer } from './viewer';

export interface OrganisationView {
  organisation: OrganisationEntity;
  /** The viewer's membership role, if any. */
  myRole: MemberRole | null;
  /** Members, NA staff of the country and admins see lifecycle details and pending changes. */
  insider: boolean;
  /** Contact details are for signed-in users only. */
  showContact: boolean;
  pendingRevision: { id: string; createdAt: Date; updatedAt: Date; changes: FieldChange[] } | null;
}

export interface InvitationIssued {
  invitation: OrganisationInvitationEntity;
  token: string;
  acceptUrl: string;
}

const INVITATION_TTL_DAYS = 14;
const hashToken = (t: string) => createHash('sha256').update(t).digest('hex');

function assertConsistent(profile: OrganisationProfile): void {
  const problems = profileInconsistencies(profile);
  if (problems.length > 0) throw new DomainException(ErrorCode.ValidationFailed, 'inconsistent profile', problems);
}

const notFound = () => new DomainException(ErrorCode.NotFound, 'organisation not found');

@Injectable()
export class OrganisationService {
  constructor(
    private readonly orgs: OrganisationRepository,
    private readonly moderation: ModerationRepository,
    private readonly events: RealtimePublisher,
    private readonly notifier: Notifier,
    private readonly deletionSteps: OrganisationDeletionSteps,
  ) {}

  async create(viewer: Viewer, profile: OrganisationProfile): Promise<OrganisationView> {
    assertConsistent(profile);
    try {
      const org = await this.orgs.createWithOwner(profile, viewer.userId);
      return this.view(viewer, org, 'owner');
    } catch (err) {
      if (err instanceof OidTakenError) throw new DomainException(ErrorCode.OidTaken);
      throw err;
    }
  }

  /** Reads an organisation as the viewer may see it (null viewer: the public, unsigned view). */
  async get(viewer: Viewer | null, id: string): Promise<OrganisationView> {
    const org = await this.orgs.findLive(id);
    if (!org) throw notFound();
    const role = viewer ? await this.orgs.memberRole(id, viewer.userId) : null;
    if (!this.canSee(viewer, org, role)) throw notFound();
    return this.view(viewer, org, role);
  }

  /** True when a live organisation already uses the OID (demo data idempotency, checks). */
  oidInUse(oid: string): Promise<boolean> {
    return this.orgs.oidTaken(oid, '00000000-0000-0000-0000-000000000000');
  }

  listPublished(filter: Parameters<OrganisationRepository['listPublished']>[0]) {
    return this.orgs.listPublished(filter);
  }

  async listMine(viewer: Viewer): Promise<{ organisation: OrganisationEntity; role: MemberRole }[]> {
    return this.orgs.listForUser(viewer.userId);
  }

  /** The organisations the viewer belongs to, in any state, by display name, a page at a time. */
  minePage(viewer: Viewer, page: PageRequest<NameKey>) {
    return this.orgs.membershipsPage(viewer.userId, page);
  }

  /**
   * Applies a profile patch. Drafts and rejected profiles change directly; a published or
   * suspended one keeps its live version and the change waits as a revision, except the
   * minor fields, which apply at once. A submitted profile takes only minor fields.
   */
  async update(viewer: Viewer, id: string, patch: Partial<OrganisationProfile>): Promise<OrganisationView> {
    const { org, role } = await this.requireMember(viewer, id, 'edit');
    const { minor, major } = splitMinor(patch);
    const hasMajor = Object.keys(major).length > 0;
    if (org.status === 'submitted' && hasMajor) {
      throw new DomainException(ErrorCode.InvalidState, 'withdraw the submission to change more than minor fields', {
        status: org.status,
        fields: Object.keys(major),
      });
    }
    try {
      await this.orgs.transaction(async (em) => {
        const locked = await this.orgs.lockLive(em, id);
        if (!locked) throw notFound();
        if (DIRECTLY_EDITABLE.includes(locked.status) || !hasMajor) {
          const next = { ...locked.profile, ...(DIRECTLY_EDITABLE.includes(locked.status) ? patch : minor) };
          assertConsistent(next);
          await this.orgs.writeProfile(em, locked, next);
          if (REVISED.includes(locked.status)) await this.moderation.patchPendingRevision(em, id, minor);
          return;
        }
        if (!REVISED.includes(locked.status)) throw new DomainException(ErrorCode.InvalidState);
        if (Object.keys(minor).length > 0) {
          locked.profile = { ...locked.profile, ...minor };
          await this.orgs.writeProfile(em, locked, locked.profile);
        }
        const pending = await this.moderation.findPendingRevision(id, em);
        const proposed = { ...(pending?.profile ?? locked.profile), ...patch };
        assertConsistent(proposed);
        if (proposed.oid !== locked.profile.oid && (await this.orgs.oidTaken(proposed.oid, id)))
          throw new OidTakenError();
        const { created } = await this.moderation.upsertPendingRevision(em, id, proposed, viewer.userId);
        if (created) {
          await this.tellModerators(em, viewer, locked, 'revision');
          await appendAudit(em, {
            organisationId: id,
            country: locked.country,
            actorId: viewer.userId,
            actorRole: role!,
            action: 'revision_proposed',
          });
        }
      });
    } catch (err) {
      if (err instanceof OidTakenError) throw new DomainException(ErrorCode.OidTaken);
      throw err;
    }
    return this.get(viewer, id);
  }

  async submit(viewer: Viewer, id: string): Promise<OrganisationView> {
    requireVerified(viewer);
    const { org, role } = await this.requireMember(viewer, id, 'submit');
    const missing = missingForSubmission(org.profile);
    if (missing.length > 0) throw new DomainException(ErrorCode.ProfileIncomplete, 'profile incomplete', missing);
    const done = await this.orgs.transaction(async (em) => {
      const moved = await this.orgs.transition(
        id,
        DIRECTLY_EDITABLE,
        'submitted',
        { submittedAt: new Date(), statusReason: null },
        (before) => ({
          actorId: viewer.userId,
          actorRole: role!,
          action: 'submitted',
          before: { status: before.status },
          after: { status: 'submitted' },
        }),
        em,
      );
      if (moved) await this.tellModerators(em, viewer, moved.after, 'submission');
      return moved;
    });
    if (!done) throw new DomainException(ErrorCode.InvalidState, `cannot submit a ${org.status} profile`);
    return this.view(viewer, done.after, role);
  }

  async withdraw(viewer: Viewer, id: string): Promise<OrganisationView> {
    const { role } = await this.requireMember(viewer, id, 'submit');
    const done = await this.orgs.transition(id, ['submitted'], 'draft', { submittedAt: null }, () => ({
      actorId: viewer.userId,
      actorRole: role!,
      action: 'withdrawn',
      before: { status: 'submitted' },
      after: { status: 'draft' },
    }));
    if (!done) throw new DomainException(ErrorCode.InvalidState, 'only a submitted profile can be withdrawn');
    return this.view(viewer, done.after, role);
  }

  async delete(viewer: Viewer, id: string): Promise<void> {
    const { role } = await this.requireMember(viewer, id, 'delete');
    const after = await this.orgs.transaction((em) => this.deleteOrganisation(em, id, viewer.userId, role!));
    await runAfter(after);
  }

  /**
   * The one path every deletion takes (by an owner, or with the account of its last owner):
   * the organisation, its pending revision and invitations, and, through the registered
   * steps, its consortia, calls, answers and messages, all in the caller's transaction.
   * Answers what to announce once that transaction committed.
   */
  private async deleteOrganisation(em: Tx, id: string, actorId: string, actorRole: string): Promise<AfterDeletion[]> {
    const done = await this.orgs.transition(
      id,
      ['draft', 'submitted', 'published', 'rejected', 'suspended'],
      'deleted',
      { deletedAt: new Date() },
      (before) => ({
        actorId,
        actorRole,
        action: 'deleted',
        before: { status: before.status },
        after: { status: 'deleted' },
      }),
      em,
    );
    if (!done) throw notFound();
    // Read once the organisation is locked and marked deleted, in the same transaction.
    const members = await this.orgs.listMembers(id, em);
    const pending = await this.moderation.findPendingRevision(id, em);
    if (pending) await this.moderation.decideRevision(em, pending.id, 'withdrawn', actorId, 'organisation deleted');
    await this.orgs.revokePendingInvitations(em, id);
    const memberIds = members.map((m) => m.userId);
    const after = await this.deletionSteps.run(em, { organisationId: id, actorId, memberIds });
    // Its members lose the channels they had through it.
    return [...after, () => this.events.publish('access.changed', { userIds: memberIds })];
  }

  // ---- members ----

  async members(viewer: Viewer, id: string, page: PageRequest<MemberKey>): Promise<Paged<MemberRow, MemberKey>> {
    await this.requireInsider(viewer, id);
    return this.orgs.membersPage(id, page);
  }

  async invite(viewer: Viewer, id: string, email: string, role: MemberRole): Promise<InvitationIssued> {
    await this.requireMember(viewer, id, role === 'owner' ? 'manage_owners' : 'invite');
    const members = await this.orgs.listMembers(id);
    if (members.some((m) => m.email.toLowerCase() === email.toLowerCase()))
      throw new DomainException(ErrorCode.AlreadyMember);
    const token = randomBytes(32).toString('base64url');
    const acceptUrl = this.notifier.webLink(`/invitations/accept?token=${token}`);
    const org = (await this.orgs.findLive(id))!;
    const invitation = await this.orgs.transaction(async (em) => {
      const created = await this.orgs.createInvitation(
        {
          organisationId: id,
          email: email.trim(),
          role,
          tokenHash: hashToken(token),
          invitedBy: viewer.userId,
          expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000),
        },
        em,
      );
      // The mail goes out by the worker; someone who already has an account hears in the app too.
      const [inviter] = await this.notifier.recipients([viewer.userId], em);
      const invitee = await this.notifier.userByEmail(email.trim(), em);
      await this.notifier.mail(
        em,
        { address: email.trim(), userId: invitee?.id ?? null, locale: invitee?.locale ?? inviter?.locale ?? 'en' },
        'organisation_invitation',
        { organisationName: org.displayName, inviterName: inviter?.displayName ?? '', role, link: acceptUrl },
      );
      if (invitee) {
        await this.notifier.notify(em, [invitee.id], {
          kind: 'organisation.invitation',
          actorId: viewer.userId,
          payload: { organisationId: id, organisationName: org.displayName, inviterName: inviter?.displayName, role },
          subject: created.id,
        });
      }
      return created;
    });
    return { invitation, token, acceptUrl };
  }

  async invitations(
    viewer: Viewer,
    id: string,
    page: PageRequest<TimeKey>,
  ): Promise<Paged<OrganisationInvitationEntity, TimeKey>> {
    await this.requireMember(viewer, id, 'invite');
    return this.orgs.openInvitationsPage(id, page);
  }

  async revokeInvitation(viewer: Viewer, id: string, invitationId: string): Promise<void> {
    await this.requireMember(viewer, id, 'invite');
    if (!(await this.orgs.revokeInvitation(id, invitationId))) throw new DomainException(ErrorCode.NotFound);
  }

  async acceptInvitation(
    viewer: Viewer & { email: string },
    token: string,
  ): Promise<{ organisationId: string; role: MemberRole }> {
    const result = await this.orgs.acceptInvitation(hashToken(token), { id: viewer.userId, email: viewer.email });
    switch (result.outcome) {
      case 'joined':
        await this.events.publish('access.changed', { userIds: [viewer.userId] });
        return { organisationId: result.organisationId, role: result.role };
      case 'invalid':
        throw new DomainException(ErrorCode.InvitationInvalid);
      case 'wrong_email':
        throw new DomainException(ErrorCode.InvitationEmailMismatch);
      case 'already_member':
        throw new DomainException(ErrorCode.AlreadyMember);
    }
  }

  /** Answers the member with their new role. */
  async changeRole(viewer: Viewer, id: string, userId: string, role: MemberRole): Promise<MemberRow> {
    const { role: mine } = await this.requireMember(viewer, id, 'manage_members');
    const target = await this.orgs.memberRole(id, userId);
    if (!target) throw new DomainException(ErrorCode.NotFound, 'not a member');
    if ((target === 'owner' || role === 'owner') && !memberMay(mine, 'manage_owners')) {
      throw new DomainException(ErrorCode.Forbidden, 'only owners change who is an owner');
    }
    await this.guardLastOwner(() => this.orgs.changeMember(id, userId, role));
    const changed = (await this.orgs.listMembers(id)).find((m) => m.userId === userId);
    if (!changed) throw new DomainException(ErrorCode.NotFound, 'not a member');
    return changed;
  }

  /** Removes a member; anyone may leave, but the last owner may not. */
  async removeMember(viewer: Viewer, id: string, userId: string): Promise<void> {
    if (userId !== viewer.userId) {
      const { role: mine } = await this.requireMember(viewer, id, 'manage_members');
      const target = await this.orgs.memberRole(id, userId);
      if (!target) throw new DomainException(ErrorCode.NotFound, 'not a member');
      if (target === 'owner' && !memberMay(mine, 'manage_owners')) throw new DomainException(ErrorCode.Forbidden);
    } else if (!(await this.orgs.memberRole(id, userId))) {
      throw notFound();
    }
    await this.guardLastOwner(() => this.orgs.changeMember(id, userId, null));
    await this.events.publish('access.changed', { userIds: [userId] });
  }

  // ---- reports and decisions ----

  async report(viewer: Viewer, id: string, category: string, text: string): Promise<{ id: string }> {
    const org = await this.orgs.findLive(id);
    if (!org || org.status !== 'published') throw notFound();
    const report = await this.orgs.transaction(async (em) => {
      const created = await this.moderation.createReport(
        { organisationId: id, reporterId: viewer.userId, category, text },
        em,
      );
      await this.tellModerators(em, viewer, org, 'report');
      return created;
    });
    return { id: report.id };
  }

  /** The audit trail of one organisation: its members and its moderators may read it. */
  async decisions(viewer: Viewer, id: string, limit: number, beforeId?: string) {
    await this.requireInsider(viewer, id);
    return this.moderation.auditForOrganisation(id, limit, beforeId);
  }

  // ---- personal data ----

  async exportFor(userId: string) {
    const memberships = await this.orgs.listForUser(userId);
    const organisations = [];
    for (const { organisation, role } of memberships) {
      const pending = await this.moderation.findPendingRevision(organisation.id);
      organisations.push({
        role,
        organisation,
        members: await this.orgs.listMembers(organisation.id),
        pendingRevision: pending,
        invitations: memberMay(role, 'invite')
          ? (await this.orgs.listInvitations(organisation.id)).map(({ tokenHash: _secret, ...rest }) => rest)
          : [],
        decisions: await this.moderation.auditForOrganisation(organisation.id, 1000),
      });
    }
    return {
      organisations,
      organisationInvitations: await this.orgs.invitationsConcerning(userId),
      reportsFiled: await this.moderation.reportsBy(userId),
    };
  }

  /**
   * Before an account is deleted, in the same transaction: an organisation it alone owns
   * passes to its longest-standing admin, or is deleted (the shared path) when it has none.
   */
  async releaseUser(
    em: Tx,
    userId: string,
  ): Promise<{ handedOver: string[]; deleted: string[]; after: AfterDeletion[] }> {
    const handedOver: string[] = [];
    const deleted: string[] = [];
    const after: AfterDeletion[] = [];
    for (const { organisation, role } of await this.orgs.listForUser(userId, em)) {
      if (role !== 'owner') continue;
      const members = await this.orgs.listMembers(organisation.id, em);
      if (members.some((m) => m.role === 'owner' && m.userId !== userId)) continue;
      const heir = members
        .filter((m) => m.role === 'admin')
        .sort((a, b) => a.joinedAt.getTime() - b.joinedAt.getTime())[0];
      if (heir) {
        await this.orgs.changeMember(organisation.id, heir.userId, 'owner', em);
        handedOver.push(organisation.id);
      } else {
        after.push(...(await this.deleteOrganisation(em, organisation.id, userId, 'owner')));
        deleted.push(organisation.id);
      }
    }
    return { handedOver, deleted, after };
  }

  // ---- helpers ----

  /** NA staff of the organisation's country hear about new items in their queue. */
  private async tellModerators(
    em: Tx,
    viewer: Viewer,
    org: OrganisationEntity,
    item: 'submission' | 'revision' | 'report',
  ): Promise<void> {
    await this.notifier.notify(em, await this.notifier.staffFor(org.country, em), {
      kind: 'moderation.queue_item',
      actorId: viewer.userId,
      payload: { item, organisationId: org.id, organisationName: org.displayName, country: org.country },
      subject: `${item}:${org.id}`,
    });
  }

  private canSee(viewer: Viewer | null, org: OrganisationEntity, role: MemberRole | null): boolean {
    return seesOrganisation(viewer, org, role !== null);
  }

  /** Members and the organisation's moderators; others get 403, or 404 if it is unpublished. */
  private async requireInsider(viewer: Viewer, id: string): Promise<void> {
    const org = await this.orgs.findLive(id);
    if (!org) throw notFound();
    const role = await this.orgs.memberRole(id, viewer.userId);
    if (!role && !moderates(viewer, org.country)) {
      throw this.canSee(viewer, org, role) ? new DomainException(ErrorCode.Forbidden) : notFound();
    }
  }

  private async requireMember(viewer: Viewer, id: string, action: MemberAction) {
    const org = await this.orgs.findLive(id);
    if (!org) throw notFound();
    const role = await this.orgs.memberRole(id, viewer.userId);
    if (!memberMay(role, action)) {
      // Do not reveal unpublished organisations to outsiders.
      throw this.canSee(viewer, org, role) ? new DomainException(ErrorCode.Forbidden) : notFound();
    }
    return { org, role };
  }

  private async guardLastOwner(work: () => Promise<boolean>): Promise<void> {
    try {
      if (!(await work())) throw new DomainException(ErrorCode.NotFound, 'not a member');
    } catch (err) {
      if (err instanceof LastOwnerError) throw new DomainException(ErrorCode.LastOwner);
      throw err;
    }
  }

  async view(viewer: Viewer | null, org: OrganisationEntity, role: MemberRole | null): Promise<OrganisationView> {
    const insider = role !== null || moderates(viewer, org.country);
    let pendingRevision: OrganisationView['pendingRevision'] = null;
    if (insider) {
      const pending = await this.moderation.findPendingRevision(org.id);
      if (pending) {
        pendingRevision = {
          id: pending.id,
          createdAt: pending.createdAt,
          updatedAt: pending.updatedAt,
          changes: diffProfiles(org.profile, pending.profile),
        };
      }
    }
    return { organisation: org, myRole: role, insider, showContact: viewer !== null, pendingRevision };
  }
}
