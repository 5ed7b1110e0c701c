import { Injectable } from '@nestjs/common';
import { DomainException, ErrorCode } from '@syndesmos/common';
import { isUniqueViolation, type Tx } from '@syndesmos/database';
import { Notifier } from '@syndesmos/notifications';
import { requireVerified, type Viewer } from '@syndesmos/organisations';
import { dateProblems, EDITABLE_CALL, excludedCountryProblems, OWNER_CALL_TRANSITIONS, todayUtc } from './call.rules';
import { CallsRepository, type NewCall } from './calls.repository';
import type {
  AnswerContact,
  AnswerStatus,
  CallAnswerEntity,
  CallKind,
  CallStatus,
  ClosedReason,
  ConsortiumInvitationEntity,
  InvitedRole,
  PartnerCallEntity,
  SoughtPartner,
} from './consortia.entity';
import { ConsortiaRepository } from './consortia.repository';
import { ConsortiumService, type ConsortiumView, type Standing } from './consortium.service';
import type { Action } from './programme.rules';

export interface CallInput {
  organisationId: string;
  kind: CallKind;
  consortiumId: string | null;
  title: string;
  summary: string;
  action: Action;
  topics: string[];
  sought: SoughtPartner[];
  languages: string[];
  /** Countries no partner may come from (none when left out); never one a sought entry names. */
  excludedCountries?: string[];
  plannedStart: string | null;
  durationMonths: number | null;
  naDeadline: string | null;
  answerBy: string;
}

export type CallPatch = Partial<Omit<CallInput, 'organisationId' | 'kind' | 'consortiumId'>>;

export interface CallView {
  call: PartnerCallEntity;
  organisation: { id: string; name: string; country: string; organisationType: string };
  /** The viewer belongs to the calling organisation: answers and drafts are theirs to see. */
  owner: boolean;
  canManage: boolean;
  answerCounts: Record<AnswerStatus, number> | null;
}

const callNotFound = () => new DomainException(ErrorCode.NotFound, 'partner call not found');
const answerNotFound = () => new DomainException(ErrorCode.NotFound, 'answer not found');

@Injectable()
export class CallService {
  constructor(
    private readonly calls: CallsRepository,
    private readonly consortia: ConsortiaRepository,
    private readonly consortiumService: ConsortiumService,
    private readonly notifier: Notifier,
  ) {}

  async create(viewer: Viewer, input: CallInput, open: boolean): Promise<CallView> {
    if (open) requireVerified(viewer);
    const s = await this.consortiumService.standing(viewer);
    await this.consortiumService.requirePublishedAdmin(s, input.organisationId);
    assertDates(input);
    const excludedCountries = input.excludedCountries ?? [];
    assertCountries(input.sought, excludedCountries);
    if (input.kind === 'replacement') {
      // A replacement call belongs to a consortium the organisation coordinates.
      const c = input.consortiumId ? await this.consortia.find(input.consortiumId) : null;
      if (!c || c.coordinatorId !== input.organisationId) {
        throw new DomainException(ErrorCode.ValidationFailed, 'a replacement call needs its consortium', [
          {
            field: 'consortiumId',
            problem: 'not_coordinated',
            message: 'give a consortium this organisation coordinates',
          },
        ]);
      }
      if (!(await this.consortiumService.takesReplacementCall(c))) {
        throw new DomainException(ErrorCode.ValidationFailed, 'no partner to replace', [
          {
            field: 'consortiumId',
            problem: 'nothing_to_replace',
            message: 'a replacement call is for a consortium still taking members that a partner has left',
          },
        ]);
      }
      if (c.action !== input.action) {
        throw new DomainException(ErrorCode.ValidationFailed, 'the action differs from the consortium’s', [
          { field: 'action', problem: 'mismatch', message: `the consortium applies for ${c.action}` },
        ]);
      }
    } else if (input.consortiumId) {
      throw new DomainException(ErrorCode.ValidationFailed, 'only replacement calls name a consortium', [
        { field: 'consortiumId', problem: 'unexpected', message: 'create the consortium from the call instead' },
      ]);
    }
    const row: NewCall = {
      ...input,
      excludedCountries,
      urgent: input.kind === 'replacement',
      createdBy: viewer.userId,
    };
    const call = await this.calls.transaction((tx) => this.calls.create(tx, row, open ? 'open' : 'draft'));
    return this.view(s, call);
  }

  /** The organisation that posted a call, or null. */
  async ownerOf(callId: string): Promise<string | null> {
    return (await this.calls.find(callId))?.organisationId ?? null;
  }

  /** Drafts are for the calling organisation; other calls for every signed-in user. */
  async get(viewer: Viewer, id: string): Promise<CallView> {
    const s = await this.consortiumService.standing(viewer);
    const call = await this.calls.find(id);
    await this.assertVisible(s, call);
    return this.view(s, call!);
  }

  /** Drafts, and calls of organisations that are not published, do not exist for outsiders. */
  private async assertVisible(s: Standing, call: PartnerCallEntity | null): Promise<void> {
    if (!call) throw callNotFound();
    if (s.memberOf(call.organisationId)) return;
    const org = await this.consortia.factsOf(call.organisationId);
    if (call.status === 'draft' || org?.status !== 'published') throw callNotFound();
  }

  async update(viewer: Viewer, id: string, patch: CallPatch): Promise<CallView> {
    const s = await this.consortiumService.standing(viewer);
    await this.calls.transaction(async (tx) => {
      const call = await this.lockOwned(tx, s, id);
      if (!EDITABLE_CALL.includes(call.status)) {
        throw new DomainException(ErrorCode.InvalidState, `a ${call.status} call cannot be edited`);
      }
      assertDates({
        answerBy: patch.answerBy ?? call.answerBy,
        naDeadline: patch.naDeadline !== undefined ? patch.naDeadline : call.naDeadline,
        plannedStart: patch.plannedStart !== undefined ? patch.plannedStart : call.plannedStart,
      });
      assertCountries(patch.sought ?? call.sought, patch.excludedCountries ?? call.excludedCountries);
      await this.calls.update(tx, call, patch);
    });
    return this.get(viewer, id);
  }

  /** Open, pause, reopen or close (with a reason). Expiry is the job's, not the owner's. */
  async setStatus(viewer: Viewer, id: string, to: CallStatus, reason?: ClosedReason): Promise<CallView> {
    const s = await this.consortiumService.standing(viewer);
    await this.calls.transaction(async (tx) => {
      const call = await this.lockOwned(tx, s, id);
      if (!OWNER_CALL_TRANSITIONS[call.status].includes(to)) {
        throw new DomainException(ErrorCode.InvalidTransition, `a call cannot go from ${call.status} to ${to}`, {
          from: call.status,
          to,
          allowed: OWNER_CALL_TRANSITIONS[call.status],
        });
      }
      if (to === 'open') {
        requireVerified(viewer);
        assertDates(call);
        await this.consortiumService.requirePublishedAdmin(s, call.organisationId);
      }
      if (to === 'closed' && !reason) {
        throw new DomainException(ErrorCode.ValidationFailed, 'say why the call closes', [
          { field: 'reason', problem: 'required', message: 'reason is found_partners or withdrawn' },
        ]);
      }
      await this.calls.update(tx, call, {
        status: to,
        ...(to === 'open' && !call.openedAt ? { openedAt: new Date() } : {}),
        ...(to === 'closed' ? { closedReason: reason!, closedAt: new Date() } : {}),
      });
    });
    return this.get(viewer, id);
  }

  async listForOrganisation(
    viewer: Viewer,
    organisationId: string,
    limit: number,
    after?: { createdAt: string; id: string },
  ) {
    const s = await this.consortiumService.standing(viewer);
    const member = s.memberOf(organisationId);
    if (!member) {
      const org = await this.consortia.factsOf(organisationId);
      if (org?.status !== 'published') throw new DomainException(ErrorCode.NotFound, 'organisation not found');
    }
    const rows = await this.calls.listForOrganisation(organisationId, member, limit, after);
    const items = await Promise.all(rows.slice(0, limit).map((call) => this.view(s, call)));
    return { items, more: rows.length > limit };
  }

  // ---- answers ----

  async answer(
    viewer: Viewer,
    callId: string,
    input: { organisationId: string; role: InvitedRole; offer: string; contact: AnswerContact },
  ): Promise<CallAnswerEntity> {
    const s = await this.consortiumService.standing(viewer);
    await this.assertVisible(s, await this.calls.find(callId));
    try {
      return await this.calls.transaction(async (tx) => {
        // Checked under the call's lock: an answer cannot slip in as the call closes.
        const call = (await this.calls.lock(tx, callId))!;
        if (input.organisationId === call.organisationId) throw new DomainException(ErrorCode.OwnCall);
        await this.consortiumService.requirePublishedAdmin(s, input.organisationId);
        if (call.status !== 'open' || call.answerBy < todayUtc()) {
          throw new DomainException(ErrorCode.CallNotOpen, `the call is ${call.status}`, { status: call.status });
        }
        const answer = await this.calls.createAnswer(tx, { callId, ...input, submittedBy: viewer.userId });
        const from = await this.consortia.factsOf(input.organisationId, tx);
        // Several answers within minutes make one notification (and one mail) that counts them.
        await this.notifier.notify(tx, await this.notifier.adminsOf(call.organisationId, tx), {
          kind: 'call.answered',
          actorId: viewer.userId,
          payload: { callId, callTitle: call.title, organisationName: from?.displayName, answerId: answer.id },
          subject: callId,
        });
        return answer;
      });
    } catch (err) {
      if (isUniqueViolation(err, 'call_answer_once')) throw new DomainException(ErrorCode.AlreadyAnswered);
      throw err;
    }
  }

  async answers(
    viewer: Viewer,
    callId: string,
    limit: number,
    status?: AnswerStatus,
    after?: { createdAt: string; id: string },
  ) {
    const s = await this.consortiumService.standing(viewer);
    const call = await this.calls.find(callId);
    await this.assertVisible(s, call);
    if (!s.memberOf(call!.organisationId)) {
      throw new DomainException(ErrorCode.Forbidden, 'answers are for the calling organisation');
    }
    const rows = await this.calls.answers(callId, limit, status, after);
    return { items: rows.slice(0, limit), more: rows.length > limit };
  }

  /** The calling organisation's admins shortlist or decline an answer (and may change their mind). */
  async decide(viewer: Viewer, callId: string, answerId: string, status: 'shortlisted' | 'declined') {
    const s = await this.consortiumService.standing(viewer);
    return this.calls.transaction(async (tx) => {
      const call = await this.lockOwned(tx, s, callId);
      const answer = await this.calls.lockAnswer(tx, call.id, answerId);
      if (!answer) throw answerNotFound();
      if (answer.status === 'withdrawn') throw new DomainException(ErrorCode.InvalidState, 'the answer was withdrawn');
      await this.calls.setAnswer(tx, answer.id, { status });
      if (answer.status !== status) {
        await this.notifier.notify(tx, await this.notifier.adminsOf(answer.organisationId, tx), {
          kind: status === 'shortlisted' ? 'answer.shortlisted' : 'answer.declined',
          actorId: viewer.userId,
          payload: { callId: call.id, callTitle: call.title, answerId: answer.id },
          subject: answer.id,
        });
      }
      return { ...answer, status };
    });
  }

  /** The answering organisation's admins take their answer back. */
  async withdrawAnswer(viewer: Viewer, callId: string, answerId: string): Promise<void> {
    const s = await this.consortiumService.standing(viewer);
    await this.calls.transaction(async (tx) => {
      const answer = await this.calls.lockAnswer(tx, callId, answerId);
      if (!answer || !s.memberOf(answer.organisationId)) throw answerNotFound();
      if (!s.adminOf(answer.organisationId)) throw new DomainException(ErrorCode.Forbidden);
      if (answer.status === 'withdrawn') throw new DomainException(ErrorCode.InvalidState, 'already withdrawn');
      await this.calls.setAnswer(tx, answer.id, { status: 'withdrawn' });
    });
  }

  /** A page of the answers an organisation has sent, newest first (its members only). */
  answersBy = async (
    viewer: Viewer,
    organisationId: string,
    limit: number,
    before?: { createdAt: string; id: string },
  ): Promise<{ items: CallAnswerEntity[]; more: boolean }> => {
    const s = await this.consortiumService.standing(viewer);
    if (!s.memberOf(organisationId)) throw new DomainException(ErrorCode.NotFound, 'organisation not found');
    const rows = await this.calls.answersBy(organisationId, limit, before);
    return { items: rows.slice(0, limit), more: rows.length > limit };
  };

  /** A shortlisted answer's organisation is invited into the call's consortium, in its offered role. */
  async inviteFromAnswer(viewer: Viewer, callId: string, answerId: string): Promise<ConsortiumInvitationEntity> {
    const s = await this.consortiumService.standing(viewer);
    const invitation = await this.calls.transaction(async (tx) => {
      const call = await this.lockOwned(tx, s, callId);
      const answer = await this.calls.lockAnswer(tx, call.id, answerId);
      if (!answer) throw answerNotFound();
      if (answer.status !== 'shortlisted') {
        throw new DomainException(ErrorCode.InvalidState, 'shortlist the answer before inviting', {
          status: answer.status,
        });
      }
      if (!call.consortiumId) {
        throw new DomainException(ErrorCode.InvalidState, 'create the consortium from this call first');
      }
      const invitation = await this.consortiumService.invite(
        s.viewer,
        call.consortiumId,
        {
          organisationId: answer.organisationId,
          role: answer.role,
          message: `Invited after answering “${call.title}”`,
          answerId: answer.id,
        },
        tx,
      );
      await this.calls.setAnswer(tx, answer.id, { invitationId: invitation.id });
      return invitation;
    });
    await this.consortiumService.announce(invitation.consortiumId, [invitation.organisationId]);
    return invitation;
  }

  /** Creates a consortium from a call: the call's organisation coordinates; the call points to it. */
  async createConsortium(
    viewer: Viewer,
    callId: string,
    overrides: { name?: string; summary?: string },
  ): Promise<ConsortiumView> {
    const s = await this.consortiumService.standing(viewer);
    const consortiumId = await this.calls.transaction(async (tx) => {
      const call = await this.lockOwned(tx, s, callId);
      if (call.consortiumId) {
        throw new DomainException(ErrorCode.InvalidState, 'this call already has a consortium', {
          consortiumId: call.consortiumId,
        });
      }
      const c = await this.consortiumService.create(
        s.viewer,
        {
          organisationId: call.organisationId,
          name: overrides.name ?? call.title,
          action: call.action,
          summary: overrides.summary ?? call.summary,
          naDeadline: call.naDeadline,
          fromCallId: call.id,
        },
        tx,
      );
      await this.calls.update(tx, call, { consortiumId: c.id });
      return c.id;
    });
    return this.consortiumService.get(viewer, consortiumId, (await this.calls.find(callId))!.sought);
  }

  // ---- expiry ----

  /**
   * Expires open and paused calls whose answer-by day is over, and tells the calling
   * organisation's admins. Safe to run twice or in parallel: rows are locked and skipped,
   * notifications deduplicated.
   */
  async expireDue(now = new Date()): Promise<number> {
    let expired = 0;
    for (;;) {
      const n = await this.calls.transaction(async (tx) => {
        const due = await this.calls.lockDue(tx, todayUtc(now), 100);
        for (const call of due) {
          await this.calls.update(tx, call, { status: 'expired', closedAt: now });
          await this.notifier.notify(tx, await this.notifier.adminsOf(call.organisationId, tx), {
            kind: 'call.expired',
            actorId: null,
            payload: { callId: call.id, title: call.title, answerBy: call.answerBy },
            subject: call.id,
            dedupeKey: `call.expired:${call.id}`,
          });
        }
        return due.length;
      });
      expired += n;
      if (n < 100) return expired;
    }
  }

  /** "Your data": the calls of the user's organisations (drafts too) and the answers they gave. */
  exportFor(organisationIds: string[]) {
    return this.calls.exportFor(organisationIds);
  }

  /**
   * In an organisation's deletion: its draft, open and paused calls are withdrawn (open ones
   * leave the index through the outbox) and its answers to other calls are withdrawn.
   */
  async onOrganisationDeleted(tx: Tx, organisationId: string): Promise<void> {
    const now = new Date();
    for (const call of await this.calls.lockForDeletionOf(tx, organisationId)) {
      await this.calls.update(tx, call, { status: 'closed', closedReason: 'withdrawn', closedAt: now });
    }
    await this.calls.withdrawAnswersOf(tx, organisationId);
  }

  // ---- helpers ----

  private async lockOwned(tx: Tx, s: Standing, id: string) {
    const call = await this.calls.lock(tx, id);
    await this.assertVisible(s, call);
    if (!s.adminOf(call!.organisationId)) {
      throw new DomainException(ErrorCode.Forbidden, 'only owners and admins of the calling organisation may do this');
    }
    return call!;
  }

  private async view(s: Standing, call: PartnerCallEntity): Promise<CallView> {
    const org = (await this.consortia.factsOf(call.organisationId))!;
    const owner = s.memberOf(call.organisationId);
    return {
      call,
      organisation: { id: org.id, name: org.displayName, country: org.country, organisationType: org.organisationType },
      owner,
      canManage: s.adminOf(call.organisationId),
      answerCounts: owner ? await this.calls.countAnswers(call.id) : null,
    };
  }
}

function assertCountries(sought: SoughtPartner[], excluded: string[]): void {
  const problems = excludedCountryProblems(sought, excluded);
  if (problems.length > 0) throw new DomainException(ErrorCode.ValidationFailed, problems[0].message, problems);
}

function assertDates(d: { answerBy: string; naDeadline: string | null; plannedStart: string | null }): void {
  const problems = dateProblems(d);
  if (problems.length > 0) throw new DomainException(ErrorCode.InvalidDates, problems[0].message, problems);
}
