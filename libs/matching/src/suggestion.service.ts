import { Injectable } from '@nestjs/common';
import { DomainException, ErrorCode } from '@syndesmos/common';
import { ConsortiumService, type ConsortiumInvitationEntity, type Standing } from '@syndesmos/consortia';
import { MessagingService } from '@syndesmos/messaging';
import type { Viewer } from '@syndesmos/organisations';
import {
  MatchingRepository,
  type SubjectKind,
  type SuggestionKey,
  type SuggestionRow,
  type TargetKind,
} from './matching.repository';
import { acceptanceRate, actionApplies, suggestionAccess, type SuggestionAction } from './suggestion.rules';

type DirectChannel = Awaited<ReturnType<MessagingService['openDirect']>>;

/** What acting on a suggestion did. */
export type ActOutcome =
  | { action: 'message'; channel: DirectChannel }
  | { action: 'invite'; invitation: ConsortiumInvitationEntity }
  | { action: 'answer'; callId: string };

export interface SuggestionStats {
  kind: string;
  suggested: number;
  saved: number;
  dismissed: number;
  acted: number;
  acceptanceRate: number;
}

const notFound = () => new DomainException(ErrorCode.NotFound, 'suggestion not found');

/**
 * Reading and acting on suggestions, for a viewer: members of the organisation a subject
 * speaks for see its suggestions, its owners and admins act on them, and everything people
 * do is recorded so acceptance can be measured.
 */
@Injectable()
export class SuggestionService {
  constructor(
    private readonly repo: MatchingRepository,
    private readonly consortia: ConsortiumService,
    private readonly messaging: MessagingService,
  ) {}

  /** A page of a subject's suggestions; 404 unless the viewer belongs to its organisation. */
  async list(
    viewer: Viewer,
    kind: SubjectKind,
    id: string,
    page: { targetKind?: TargetKind; after?: SuggestionKey; limit: number },
  ): Promise<{ items: SuggestionRow[]; more: boolean }> {
    const standing = await this.consortia.standing(viewer);
    if (suggestionAccess(await this.repo.subjectOwner(kind, id), standing, 'see') !== 'allowed') {
      throw new DomainException(ErrorCode.NotFound);
    }
    return this.repo.list(kind, id, page);
  }

  async dismiss(viewer: Viewer, id: string, reason: string | null): Promise<void> {
    const { s } = await this.actable(viewer, id);
    await this.repo.setStatus(s.id, 'dismissed', { dismissReason: reason });
    await this.repo.record(s.id, viewer.userId, 'dismiss', reason ? { reason } : {});
  }

  async save(viewer: Viewer, id: string): Promise<void> {
    const { s } = await this.actable(viewer, id);
    if (s.status === 'dismissed') throw new DomainException(ErrorCode.InvalidState, 'this suggestion was dismissed');
    await this.repo.setStatus(s.id, 'saved', {});
    await this.repo.record(s.id, viewer.userId, 'save');
  }

  /**
   * `message` opens the direct conversation with a suggested organisation, `invite` invites it
   * into the consortium it was suggested for, `answer` points to a suggested call.
   */
  async act(viewer: Viewer, id: string, action: SuggestionAction): Promise<ActOutcome> {
    const { s, owner, standing } = await this.actable(viewer, id);
    if (!actionApplies(action, s)) {
      throw new DomainException(ErrorCode.ValidationFailed, `cannot ${action} from this suggestion`, [
        {
          field: 'action',
          problem: 'not_applicable',
          message: `${action} does not apply to a ${s.subjectKind}→${s.targetKind} suggestion`,
        },
      ]);
    }
    let outcome: ActOutcome;
    let detail: Record<string, unknown>;
    if (action === 'message') {
      const channel = await this.messaging.openDirect(viewer.userId, owner, s.targetId, standing.memberOf(owner));
      outcome = { action, channel };
      detail = { channelId: channel.id };
    } else if (action === 'invite') {
      const invitation = await this.consortia.invite(viewer, s.subjectId, {
        organisationId: s.targetId,
        role: 'partner',
        message: null,
      });
      outcome = { action, invitation };
      detail = { invitationId: invitation.id };
    } else {
      outcome = { action, callId: s.targetId };
      detail = { callId: s.targetId };
    }
    await this.repo.setStatus(s.id, 'acted', { acted: action });
    await this.repo.record(s.id, viewer.userId, action, detail);
    return outcome;
  }

  actionsBy(userId: string) {
    return this.repo.actionsBy(userId);
  }

  /** Per kind of suggestion: how many were made, saved, dismissed, acted on, and taken up. */
  async stats(): Promise<SuggestionStats[]> {
    return (await this.repo.stats()).map((r) => ({ ...r, acceptanceRate: acceptanceRate(r) }));
  }

  /** The suggestion, if the viewer administers the organisation it is for. */
  private async actable(viewer: Viewer, id: string): Promise<{ s: SuggestionRow; owner: string; standing: Standing }> {
    const s = await this.repo.find(id);
    if (!s) throw notFound();
    const owner = await this.repo.subjectOwner(s.subjectKind, s.subjectId);
    const standing = await this.consortia.standing(viewer);
    const access = suggestionAccess(owner, standing, 'act');
    if (access === 'not_found' || !owner) throw notFound();
    if (access === 'forbidden') throw new DomainException(ErrorCode.Forbidden);
    return { s, owner, standing };
  }
}
