import { Injectable } from '@nestjs/common';
import { isUniqueViolation, type Tx } from '@syndesmos/database';
import { DomainException, ErrorCode } from '@syndesmos/common';
import { Notifier, type NotificationKind } from '@syndesmos/notifications';
import { seesOrganisation, type OrganisationDeletion, type Viewer } from '@syndesmos/organisations';
import { appendToOutbox, type OutboxTopic } from '@syndesmos/outbox';
import { RealtimePublisher } from '@syndesmos/realtime-events';

/** Outbox topic: a consortium's membership changed (matching looks for its gaps again). */
export const CONSORTIUM_CHANGED = 'consortium.changed' satisfies OutboxTopic;

/** Why the history says a deleted organisation's consortium changed. */
const ORGANISATION_DELETED = 'organisation_deleted';
const COORDINATOR_DELETED = 'coordinator_deleted';
import type {
  ConsortiumEntity,
  ConsortiumEventEntity,
  ConsortiumInvitationEntity,
  ConsortiumStatus,
  InvitedRole,
  SoughtPartner,
} from './consortia.entity';
import { ConsortiaRepository, type MemberView, type OrganisationFacts } from './consortia.repository';
import {
  checkTransition,
  composition,
  MEMBERSHIP_OPEN,
  takesReplacementCall,
  type Composition,
} from './consortium.rules';
import { checkEligibility, type Action, type EligibilityReport } from './programme.rules';

export interface ConsortiumView {
  consortium: ConsortiumEntity;
  members: MemberView[];
  eligibility: EligibilityReport;
  composition: Composition;
  channelId: string | null;
  /** The viewer's organisations in the consortium, and whether the viewer administers them. */
  mine: { organisationId: string; role: string; admin: boolean }[];
  /** Whether the viewer may invite, remove and change the state (an admin of the coordinator). */
  canManage: boolean;
  /** Whether the viewer may post a replacement call for it (manages it, and a partner left). */
  canOpenReplacementCall: boolean;
  pendingInvitations: ConsortiumInvitationEntity[];
}

export interface InvitationView {
  invitation: ConsortiumInvitationEntity;
  organisation: OrganisationFacts | null;
  consortium: { id: string; name: string; action: Action; summary: string; status: ConsortiumStatus };
  coordinator: OrganisationFacts | null;
  members: MemberView[];
}

const notFound = () => new DomainException(ErrorCode.NotFound, 'consortium not found');
const ADMIN_ROLES = ['owner', 'admin'];

/** Who the viewer is in the organisations that matter here. */
export class Standing {
  constructor(
    readonly viewer: Viewer,
    private readonly roles: Map<string, string>,
  ) {}
  memberOf(orgId: string): boolean {
    return this.roles.has(orgId);
  }
  adminOf(orgId: string): boolean {
    return ADMIN_ROLES.includes(this.roles.get(orgId) ?? '');
  }
  organisations(): string[] {
    return [...this.roles.keys()];
  }
  role(orgId: string): string | undefined {
    return this.roles.get(orgId);
  }
}

@Injectable()
export class ConsortiumService {
  constructor(
    private readonly repo: ConsortiaRepository,
    private readonly events: RealtimePublisher,
    private readonly notifier: Notifier,
  ) {}

  /** Tells the admins of the given organisations about something in this consortium. */
  private async tell(
    tx: Tx,
    actorId: string,
    c: ConsortiumEntity,
    organisationIds: string[],
    kind: NotificationKind,
    extra: Record<string, unknown>,
    subject = c.id,
  ): Promise<void> {
    const users = new Set<string>();
    for (const id of organisationIds) for (const u of await this.notifier.adminsOf(id, tx)) users.add(u);
    await this.notifier.notify(tx, users, {
      kind,
      actorId,
      payload: { consortiumId: c.id, consortiumName: c.name, ...extra },
      subject: `${subject}:${String(extra.organisationId ?? extra.status ?? '')}`,
    });
  }

  /** Sockets of people who gained or lost the consortium's channel are re-checked at once. */
  private async accessChanged(consortiumId: string): Promise<void> {
    const channelId = await this.repo.channelOf(consortiumId);
    if (channelId) await this.events.publish('access.changed', { channelIds: [channelId] });
  }

  /**
   * After a change committed: the open pages of the members' people reload the consortium
   * (the gateway finds them); `alsoOrganisationIds` adds the people of organisations outside it
   * that the change concerns (one removed, declined or invited).
   */
  async announce(consortiumId: string, alsoOrganisationIds: string[] = []): Promise<void> {
    const userIds = new Set<string>();
    for (const id of alsoOrganisationIds) for (const u of await this.notifier.membersOf(id)) userIds.add(u);
    await this.events.publish('consortium.updated', {
      consortiumId,
      ...(userIds.size > 0 ? { userIds: [...userIds] } : {}),
    });
  }

  async standing(viewer: Viewer): Promise<Standing> {
    return new Standing(viewer, await this.repo.rolesOf(viewer.userId));
  }

  async coordinatorOf(consortiumId: string): Promise<string | null> {
    return (await this.repo.find(consortiumId))?.coordinatorId ?? null;
  }

  organisationFacts(id: string): Promise<OrganisationFacts | null> {
    return this.repo.factsOf(id);
  }

  /**
   * An organisation named by id (to invite, to talk to, to act for), or the 404 a missing one
   * gets when the viewer may not know it exists: an unpublished organisation is missing to
   * everyone but its members and moderators.
   */
  async requireVisibleOrganisation(s: Standing, organisationId: string, tx?: Tx): Promise<OrganisationFacts> {
    const org = await this.repo.factsOf(organisationId, tx);
    if (!org || !seesOrganisation(s.viewer, org, s.memberOf(org.id))) {
      throw new DomainException(ErrorCode.NotFound, 'organisation not found');
    }
    return org;
  }

  /**
   * An organisation the viewer administers, published: the only kind that acts in consortia.
   * Its own members may know it is not published yet, so they hear why (409).
   */
  async requirePublishedAdmin(s: Standing, organisationId: string): Promise<OrganisationFacts> {
    const org = await this.requireVisibleOrganisation(s, organisationId);
    if (!s.adminOf(organisationId)) {
      throw new DomainException(ErrorCode.Forbidden, 'only owners and admins of the organisation may do this');
    }
    if (org.status !== 'published') {
      throw new DomainException(ErrorCode.OrganisationNotPublished, `the organisation is ${org.status}`);
    }
    return org;
  }

  async create(
    viewer: Viewer,
    input: {
      organisationId: string;
      name: string;
      action: Action;
      summary: string;
      naDeadline: string | null;
      fromCallId?: string | null;
      sought?: SoughtPartner[];
    },
    em?: Tx,
  ): Promise<ConsortiumEntity> {
    const s = await this.standing(viewer);
    await this.requirePublishedAdmin(s, input.organisationId);
    const work = async (tx: Tx) => {
      const c = await this.repo.create(tx, {
        name: input.name,
        action: input.action,
        summary: input.summary,
        naDeadline: input.naDeadline,
        coordinatorId: input.organisationId,
        fromCallId: input.fromCallId ?? null,
        createdBy: viewer.userId,
      });
      await this.repo.appendEvent(tx, {
        consortiumId: c.id,
        actorId: viewer.userId,
        actorOrganisationId: input.organisationId,
        action: 'created',
        organisationId: input.organisationId,
        detail: { action: input.action, fromCallId: input.fromCallId ?? null },
      });
      await appendToOutbox(tx, { topic: CONSORTIUM_CHANGED, aggregateId: c.id });
      return c;
    };
    return em ? work(em) : this.repo.transaction(work);
  }

  /** Members of member organisations see a consortium; anyone else gets 404. */
  async get(viewer: Viewer, id: string, sought: SoughtPartner[] = [], known?: Standing): Promise<ConsortiumView> {
    const s = known ?? (await this.standing(viewer));
    const c = await this.repo.find(id);
    if (!c) throw notFound();
    const members = await this.repo.members(id);
    const mine = members.filter((m) => s.memberOf(m.id));
    if (mine.length === 0) throw notFound();
    const canManage = s.adminOf(c.coordinatorId);
    return {
      consortium: c,
      members,
      eligibility: checkEligibility(c.action, members.map(toMemberFacts), s.viewer.locale),
      composition: composition(c.action, members.map(toMemberFacts), sought),
      channelId: await this.repo.channelOf(id),
      mine: mine.map((m) => ({ organisationId: m.id, role: m.role, admin: s.adminOf(m.id) })),
      canManage,
      canOpenReplacementCall: canManage && (await this.takesReplacementCall(c)),
      pendingInvitations: await this.repo.pendingInvitations({ consortiumId: id }),
    };
  }

  /** Whether a replacement call may be posted for the consortium (consortium.rules.ts). */
  async takesReplacementCall(c: Pick<ConsortiumEntity, 'id' | 'status'>): Promise<boolean> {
    if (!MEMBERSHIP_OPEN.includes(c.status)) return false;
    return takesReplacementCall(c.status, await this.repo.hadDeparture(c.id));
  }

  /**
   * A page of the consortia the viewer's organisations belong to, newest first. One the
   * viewer's organisation left a moment ago is skipped, not a failure of the page.
   */
  async listMine(viewer: Viewer, limit: number, after?: { createdAt: string; id: string }) {
    const s = await this.standing(viewer);
    const rows = await this.repo.listFor(s.organisations(), limit, after);
    const page = rows.slice(0, limit);
    const views = await Promise.all(page.map((c) => this.get(viewer, c.id, [], s).catch(() => null)));
    const last = page[page.length - 1];
    return {
      items: views.filter((v): v is ConsortiumView => v !== null),
      next: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null,
    };
  }

  async update(
    viewer: Viewer,
    id: string,
    patch: Partial<Pick<ConsortiumEntity, 'name' | 'summary' | 'naDeadline'>>,
  ): Promise<void> {
    await this.manage(viewer, id, async (tx, c, s) => {
      if (!MEMBERSHIP_OPEN.includes(c.status)) throw invalidState(c.status, 'edited');
      await this.repo.update(tx, c, patch);
      await this.repo.appendEvent(tx, {
        consortiumId: id,
        actorId: s.viewer.userId,
        actorOrganisationId: c.coordinatorId,
        action: 'edited',
        detail: { fields: Object.keys(patch) },
      });
    });
    await this.announce(id);
  }

  async history(
    viewer: Viewer,
    id: string,
    limit: number,
    beforeId?: string,
  ): Promise<{ items: ConsortiumEventEntity[]; more: boolean }> {
    await this.get(viewer, id);
    const rows = await this.repo.events(id, limit, beforeId);
    return { items: rows.slice(0, limit), more: rows.length > limit };
  }

  // ---- invitations ----

  async invite(
    viewer: Viewer,
    id: string,
    input: { organisationId: string; role: InvitedRole; message: string | null; answerId?: string | null },
    em?: Tx,
  ): Promise<ConsortiumInvitationEntity> {
    const work = (tx: Tx) =>
      this.manageIn(tx, viewer, id, async (c, s) => {
        if (!MEMBERSHIP_OPEN.includes(c.status)) throw invalidState(c.status, 'joined');
        // Unpublished is missing (404) unless the coordinator's admin may see it anyway (their
        // own organisation, or one they moderate): then it is 409, with the reason.
        const org = await this.requireVisibleOrganisation(s, input.organisationId, tx);
        if (org.status !== 'published') {
          throw new DomainException(ErrorCode.OrganisationNotPublished, `the organisation is ${org.status}`);
        }
        if (
          (await this.repo.memberRole(id, org.id, tx)) !== null ||
          (await this.repo.hasPendingInvitation(tx, id, org.id))
        ) {
          throw new DomainException(ErrorCode.AlreadyInConsortium);
        }
        const invitation = await this.repo.createInvitation(tx, {
          consortiumId: id,
          organisationId: org.id,
          role: input.role,
          message: input.message,
          answerId: input.answerId ?? null,
          invitedBy: s.viewer.userId,
        });
        await this.repo.appendEvent(tx, {
          consortiumId: id,
          actorId: s.viewer.userId,
          actorOrganisationId: c.coordinatorId,
          action: 'invited',
          organisationId: org.id,
          detail: { role: input.role, invitationId: invitation.id },
        });
        await this.tell(tx, s.viewer.userId, c, [org.id], 'consortium.invited', {
          organisationId: org.id,
          organisationName: org.displayName,
          invitationId: invitation.id,
        });
        return invitation;
      });
    try {
      if (em) return await work(em);
      const invitation = await this.repo.transaction(work);
      await this.announce(id, [invitation.organisationId]);
      return invitation;
    } catch (err) {
      if (isUniqueViolation(err, 'consortium_invitation_pending'))
        throw new DomainException(ErrorCode.AlreadyInConsortium);
      throw err;
    }
  }

  async revokeInvitation(viewer: Viewer, id: string, invitationId: string): Promise<void> {
    let invited: string | null = null;
    await this.manage(viewer, id, async (tx, c, s) => {
      const inv = await this.repo.lockInvitation(tx, invitationId);
      if (!inv || inv.consortiumId !== id) throw new DomainException(ErrorCode.NotFound, 'invitation not found');
      if (inv.status !== 'pending')
        throw new DomainException(ErrorCode.InvalidState, `the invitation is ${inv.status}`);
      await this.repo.decideInvitation(tx, inv.id, 'revoked', s.viewer.userId);
      invited = inv.organisationId;
      await this.repo.appendEvent(tx, {
        consortiumId: id,
        actorId: s.viewer.userId,
        actorOrganisationId: c.coordinatorId,
        action: 'invitation_revoked',
        organisationId: inv.organisationId,
        detail: { invitationId: inv.id },
      });
    });
    await this.announce(id, invited ? [invited] : []);
  }

  /** A page of the pending invitations addressed to the viewer's organisations (or one of them), newest first. */
  async invitationsFor(
    viewer: Viewer,
    organisationId: string | undefined,
    limit: number,
    before?: { createdAt: string; id: string },
  ): Promise<{ items: InvitationView[]; more: boolean }> {
    const s = await this.standing(viewer);
    if (organisationId && !s.memberOf(organisationId)) {
      throw new DomainException(ErrorCode.NotFound, 'organisation not found');
    }
    const orgs = organisationId ? [organisationId] : s.organisations();
    if (orgs.length === 0) return { items: [], more: false };
    const rows = await this.repo.pendingInvitations({ organisationIds: orgs }, { limit, before });
    const items = await Promise.all(rows.slice(0, limit).map((inv) => this.invitationView(inv)));
    return { items, more: rows.length > limit };
  }

  async invitationView(inv: ConsortiumInvitationEntity): Promise<InvitationView> {
    const c = (await this.repo.find(inv.consortiumId))!;
    const members = await this.repo.members(c.id);
    return {
      invitation: inv,
      organisation: await this.repo.factsOf(inv.organisationId),
      consortium: { id: c.id, name: c.name, action: c.action, summary: c.summary, status: c.status },
      coordinator: members.find((m) => m.role === 'coordinator') ?? null,
      members,
    };
  }

  /**
   * The invited organisation's admins accept or decline. The invitation row is locked, so
   * two admins accepting at once make one membership; the member table's primary key
   * would refuse a second one anyway.
   */
  async decideInvitation(viewer: Viewer, invitationId: string, decision: 'accepted' | 'declined') {
    const s = await this.standing(viewer);
    const found = await this.repo.findInvitation(invitationId);
    if (!found || !s.memberOf(found.organisationId)) {
      throw new DomainException(ErrorCode.NotFound, 'invitation not found');
    }
    const result = await this.repo.transaction(async (tx) => {
      // Consortium first, then invitation: the order every other path locks them in.
      const c = (await this.repo.lock(tx, found.consortiumId))!;
      const inv = (await this.repo.lockInvitation(tx, invitationId))!;
      if (!s.adminOf(inv.organisationId)) {
        throw new DomainException(ErrorCode.Forbidden, 'only owners and admins of the invited organisation decide');
      }
      if (inv.status !== 'pending')
        throw new DomainException(ErrorCode.InvalidState, `the invitation is ${inv.status}`);
      if (decision === 'accepted') {
        if (!MEMBERSHIP_OPEN.includes(c.status)) throw invalidState(c.status, 'joined');
        const org = await this.repo.factsOf(inv.organisationId, tx);
        if (org?.status !== 'published') {
          throw new DomainException(ErrorCode.OrganisationNotPublished, `the organisation is ${org?.status}`);
        }
        if (!(await this.repo.addMember(tx, c.id, inv.organisationId, inv.role))) {
          throw new DomainException(ErrorCode.AlreadyInConsortium);
        }
      }
      await this.repo.decideInvitation(tx, inv.id, decision, viewer.userId);
      await this.repo.appendEvent(tx, {
        consortiumId: c.id,
        actorId: viewer.userId,
        actorOrganisationId: inv.organisationId,
        action: decision === 'accepted' ? 'joined' : 'invitation_declined',
        organisationId: inv.organisationId,
        detail: { role: inv.role, invitationId: inv.id },
      });
      if (decision === 'accepted') await this.afterMembershipChange(tx, c, viewer.userId, inv.organisationId);
      const invited = await this.repo.factsOf(inv.organisationId, tx);
      await this.tell(
        tx,
        viewer.userId,
        c,
        [c.coordinatorId],
        decision === 'accepted' ? 'consortium.invitation_accepted' : 'consortium.invitation_declined',
        { organisationId: inv.organisationId, organisationName: invited?.displayName },
      );
      return { consortiumId: c.id, status: decision };
    });
    if (decision === 'accepted') await this.accessChanged(result.consortiumId);
    await this.announce(result.consortiumId, [found.organisationId]);
    return result;
  }

  // ---- membership ----

  /**
   * An organisation's admins take it out (leave); the coordinator's admins remove others.
   * The coordinator cannot go without handing over first.
   */
  async removeMember(viewer: Viewer, id: string, organisationId: string): Promise<void> {
    const s = await this.standing(viewer);
    await this.repo.transaction(async (tx) => {
      const c = await this.repo.lock(tx, id);
      if (!c) throw notFound();
      const members = await this.repo.members(id, tx);
      if (!members.some((m) => s.memberOf(m.id))) throw notFound();
      const target = members.find((m) => m.id === organisationId);
      const leaving = s.adminOf(organisationId);
      if (!leaving && !s.adminOf(c.coordinatorId)) {
        throw new DomainException(ErrorCode.Forbidden, 'only the coordinator removes other members');
      }
      if (!target) throw new DomainException(ErrorCode.NotFound, 'not a member of this consortium');
      if (target.role === 'coordinator') throw new DomainException(ErrorCode.CoordinatorMustHandOver);
      if (!MEMBERSHIP_OPEN.includes(c.status)) throw invalidState(c.status, 'left');
      await this.repo.removeMember(tx, id, organisationId);
      await this.repo.appendEvent(tx, {
        consortiumId: id,
        actorId: viewer.userId,
        actorOrganisationId: leaving ? organisationId : c.coordinatorId,
        action: leaving ? 'left' : 'removed',
        organisationId,
        detail: { role: target.role },
      });
      await this.afterMembershipChange(tx, c, viewer.userId, leaving ? organisationId : c.coordinatorId);
      // A leave is news for the coordinator; a removal for the one removed.
      await this.tell(
        tx,
        viewer.userId,
        c,
        [leaving ? c.coordinatorId : organisationId],
        leaving ? 'consortium.member_left' : 'consortium.member_removed',
        {
          organisationId,
          organisationName: target.displayName,
        },
      );
    });
    await this.accessChanged(id);
    await this.announce(id, [organisationId]);
  }

  /** Coordination passes to a full partner; the old coordinator stays as a partner. */
  async handOver(viewer: Viewer, id: string, organisationId: string): Promise<void> {
    await this.manage(viewer, id, async (tx, c, s) => {
      if (!MEMBERSHIP_OPEN.includes(c.status)) throw invalidState(c.status, 'handed over');
      const role = await this.repo.memberRole(id, organisationId, tx);
      const target = await this.repo.factsOf(organisationId, tx);
      if (role === 'partner' && target?.status !== 'published') {
        throw new DomainException(ErrorCode.OrganisationNotPublished, `the organisation is ${target?.status}`);
      }
      if (role !== 'partner') {
        throw new DomainException(
          ErrorCode.InvalidState,
          'coordination passes only to a full partner of the consortium',
          {
            organisationId,
            role,
          },
        );
      }
      await this.repo.setMemberRole(tx, id, c.coordinatorId, 'partner');
      await this.repo.setMemberRole(tx, id, organisationId, 'coordinator');
      await this.repo.update(tx, c, { coordinatorId: organisationId });
      await this.repo.appendEvent(tx, {
        consortiumId: id,
        actorId: s.viewer.userId,
        actorOrganisationId: c.coordinatorId,
        action: 'coordination_handed_over',
        organisationId,
        detail: { from: c.coordinatorId, to: organisationId },
      });
      await this.afterMembershipChange(tx, c, s.viewer.userId, organisationId);
    });
    await this.announce(id);
  }

  /** One step along forming → ready → submitted → funded / not funded → closed. */
  async transition(viewer: Viewer, id: string, to: ConsortiumStatus, applicationReference?: string): Promise<void> {
    await this.manage(viewer, id, async (tx, c, s) => {
      const members = await this.repo.members(id, tx);
      const report = checkEligibility(c.action, members.map(toMemberFacts), s.viewer.locale);
      const check = checkTransition(c.status, to, report);
      if (!check.ok) {
        const details = { from: c.status, to, allowed: check.allowed, failingRules: check.failing };
        throw new DomainException(
          check.code === 'invalid_transition' ? ErrorCode.InvalidTransition : ErrorCode.RulesNotMet,
          check.code === 'invalid_transition'
            ? `a consortium cannot go from ${c.status} to ${to}`
            : `the rules for ${c.action} are not met`,
          details,
        );
      }
      if (to === 'submitted' && !applicationReference) {
        throw new DomainException(ErrorCode.ValidationFailed, 'the application reference is needed', [
          {
            field: 'applicationReference',
            problem: 'required',
            message: 'give the reference of the submitted application',
          },
        ]);
      }
      await this.repo.update(tx, c, {
        status: to,
        ...(to === 'submitted' ? { applicationReference: applicationReference! } : {}),
      });
      if (!MEMBERSHIP_OPEN.includes(to)) {
        for (const revoked of await this.repo.revokePending(tx, { consortiumId: id }, s.viewer.userId)) {
          await this.repo.appendEvent(tx, {
            consortiumId: id,
            actorId: s.viewer.userId,
            actorOrganisationId: c.coordinatorId,
            action: 'invitation_revoked',
            organisationId: revoked.organisationId,
            detail: { invitationId: revoked.id, because: `the consortium is ${to}` },
          });
        }
      }
      await this.repo.appendEvent(tx, {
        consortiumId: id,
        actorId: s.viewer.userId,
        actorOrganisationId: c.coordinatorId,
        action: 'status_changed',
        detail: { from: c.status, to, ...(applicationReference ? { applicationReference } : {}) },
      });
      await this.tell(
        tx,
        s.viewer.userId,
        c,
        members.map((m) => m.id),
        'consortium.status_changed',
        { status: to },
      );
    });
    await this.announce(id);
  }

  /** "Your data": consortium memberships, invitations and history of the user's organisations. */
  exportFor(organisationIds: string[]) {
    return this.repo.exportFor(organisationIds);
  }

  // ---- an organisation deleted ----

  /**
   * In the deletion's transaction: invitations it sent or received are withdrawn; in each
   * consortium it coordinates, coordination passes to the longest-standing full partner, or
   * the consortium closes when none is left; from any other it leaves. Every step is in the
   * history. Closed consortia keep their record as it was.
   */
  async onOrganisationDeleted(tx: Tx, d: OrganisationDeletion): Promise<string[]> {
    const deleted = d.organisationId;
    // Consortia first, then invitations: the order every other path locks them in.
    const consortia = await this.repo.lockConsortiaOf(tx, deleted);
    for (const inv of await this.repo.revokePending(tx, { organisationId: deleted }, d.actorId)) {
      await this.repo.appendEvent(tx, {
        consortiumId: inv.consortiumId,
        actorId: d.actorId,
        actorOrganisationId: deleted,
        action: 'invitation_revoked',
        organisationId: deleted,
        detail: { invitationId: inv.id, because: ORGANISATION_DELETED },
      });
    }
    const affected: string[] = [];
    for (const c of consortia) {
      const id = c.id;
      const role = await this.repo.memberRole(id, deleted, tx);
      if (!role || c.status === 'closed') continue;
      affected.push(id);
      const name = (await this.repo.displayNameOf(deleted, tx)) ?? '';
      await this.repo.removeMember(tx, id, deleted);
      await this.repo.appendEvent(tx, {
        consortiumId: id,
        actorId: d.actorId,
        actorOrganisationId: deleted,
        action: 'left',
        organisationId: deleted,
        detail: { role, because: ORGANISATION_DELETED },
      });
      if (role !== 'coordinator') {
        await this.afterMembershipChange(tx, c, d.actorId, deleted);
        await this.tell(tx, d.actorId, c, [c.coordinatorId], 'consortium.member_left', {
          organisationId: deleted,
          organisationName: name,
        });
        continue;
      }
      await this.passCoordination(tx, c, d, name);
    }
    return affected;
  }

  /** The coordinator was deleted: its longest-standing full partner takes over, or the consortium closes. */
  private async passCoordination(
    tx: Tx,
    c: ConsortiumEntity,
    d: OrganisationDeletion,
    deletedName: string,
  ): Promise<void> {
    for (const revoked of await this.repo.revokePending(tx, { consortiumId: c.id }, d.actorId)) {
      await this.repo.appendEvent(tx, {
        consortiumId: c.id,
        actorId: d.actorId,
        actorOrganisationId: d.organisationId,
        action: 'invitation_revoked',
        organisationId: revoked.organisationId,
        detail: { invitationId: revoked.id, because: COORDINATOR_DELETED },
      });
    }
    const members = await this.repo.members(c.id, tx);
    const heir = members.filter((m) => m.role === 'partner').sort((a, b) => +a.joinedAt - +b.joinedAt)[0];
    if (!heir) {
      await this.repo.update(tx, c, { status: 'closed' });
      await this.repo.appendEvent(tx, {
        consortiumId: c.id,
        actorId: d.actorId,
        actorOrganisationId: d.organisationId,
        action: 'status_changed',
        detail: { from: c.status, to: 'closed', because: COORDINATOR_DELETED },
      });
      await appendToOutbox(tx, { topic: CONSORTIUM_CHANGED, aggregateId: c.id });
      await this.tell(
        tx,
        d.actorId,
        c,
        members.map((m) => m.id),
        'consortium.status_changed',
        { status: 'closed', reason: COORDINATOR_DELETED },
      );
      return;
    }
    await this.repo.setMemberRole(tx, c.id, heir.id, 'coordinator');
    await this.repo.update(tx, c, { coordinatorId: heir.id });
    await this.repo.appendEvent(tx, {
      consortiumId: c.id,
      actorId: d.actorId,
      actorOrganisationId: d.organisationId,
      action: 'coordination_handed_over',
      organisationId: heir.id,
      detail: { from: d.organisationId, to: heir.id, because: COORDINATOR_DELETED },
    });
    await this.afterMembershipChange(tx, (await this.repo.find(c.id, tx))!, d.actorId, heir.id);
    await this.tell(
      tx,
      d.actorId,
      c,
      members.map((m) => m.id),
      'consortium.coordinator_changed',
      { organisationId: heir.id, organisationName: heir.displayName, previousName: deletedName },
    );
  }

  // ---- helpers ----

  /** A ready consortium whose members changed so that the rules fail goes back to forming. */
  private async afterMembershipChange(
    tx: Tx,
    c: ConsortiumEntity,
    actorId: string,
    actorOrganisationId: string,
  ): Promise<void> {
    // Its gaps changed: the matching job looks again (debounced per consortium).
    await appendToOutbox(tx, { topic: CONSORTIUM_CHANGED, aggregateId: c.id });
    const fresh = (await this.repo.find(c.id, tx))!;
    const report = checkEligibility(fresh.action, (await this.repo.members(c.id, tx)).map(toMemberFacts));
    if (fresh.status !== 'ready' || report.eligible) {
      await this.repo.update(tx, fresh, {}); // "recently changed" lists move it up
      return;
    }
    await this.repo.update(tx, fresh, { status: 'forming' });
    const members = await this.repo.members(c.id, tx);
    await this.tell(
      tx,
      actorId,
      fresh,
      members.map((m) => m.id),
      'consortium.status_changed',
      { status: 'forming' },
    );
    await this.repo.appendEvent(tx, {
      consortiumId: c.id,
      actorId,
      actorOrganisationId,
      action: 'status_changed',
      detail: { from: 'ready', to: 'forming', because: report.rules.filter((r) => !r.passed) },
    });
  }

  private manage(
    viewer: Viewer,
    id: string,
    work: (tx: Tx, c: ConsortiumEntity, s: Standing) => Promise<void>,
  ): Promise<void> {
    return this.repo.transaction((tx) => this.manageIn(tx, viewer, id, (c, s) => work(tx, c, s)));
  }

  /** Locks the consortium; only admins of the coordinator pass (403 for members, 404 for others). */
  private async manageIn<T>(
    tx: Tx,
    viewer: Viewer,
    id: string,
    work: (c: ConsortiumEntity, s: Standing) => Promise<T>,
  ): Promise<T> {
    const s = await this.standing(viewer);
    const c = await this.repo.lock(tx, id);
    if (!c) throw notFound();
    if (!s.adminOf(c.coordinatorId)) {
      const members = await this.repo.members(id, tx);
      if (!members.some((m) => s.memberOf(m.id))) throw notFound();
      throw new DomainException(ErrorCode.Forbidden, 'only admins of the coordinating organisation may do this');
    }
    return work(c, s);
  }
}

function toMemberFacts(m: MemberView) {
  return {
    organisationId: m.id,
    country: m.country,
    role: m.role,
    organisationType: m.organisationType,
    naceSections: m.naceSections,
  };
}

function invalidState(status: ConsortiumStatus, what: string): DomainException {
  return new DomainException(ErrorCode.InvalidState, `a ${status} consortium cannot be ${what}`, { status });
}
