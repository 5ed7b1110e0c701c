import { ApiProperty } from '@nestjs/swagger';
import type { UserView } from '@syndesmos/auth';
import {
  ACTIONS,
  CALL_KINDS,
  CALL_STATUSES,
  CLOSED_REASONS,
  CONSORTIUM_STATUSES,
  INVITED_ROLES,
  type CallAnswerEntity,
  type ConsortiumEventEntity,
  type ConsortiumInvitationEntity,
  type PartnerCallEntity,
} from '@syndesmos/consortia';
import { SUGGESTION_ACTIONS } from '@syndesmos/matching';
import type { NotificationRow } from '@syndesmos/notifications';
import type { MessagePayload } from '@syndesmos/realtime-events';
import {
  MEMBER_ROLES,
  type InvitationConcerning,
  type MemberRole,
  type MemberRow,
  type ModerationAuditEntity,
  type OrganisationEntity,
  type OrganisationInvitationEntity,
  type OrganisationReportEntity,
  type OrganisationRevisionEntity,
} from '@syndesmos/organisations';
import { UserResponseDto, toUserResponse } from '../auth/auth.dto';
import { LIMITS } from '../organisations/organisation.dto';
import {
  AuditEntryDto,
  InvitationResponseDto,
  MemberResponseDto,
  OrganisationProfileResponseDto,
  OrganisationResponseDto,
  toAuditResponse,
  toInvitationResponse,
  toMemberResponse,
  toOrganisationResponse,
  toProfileResponse,
} from '../organisations/organisation-response.dto';
import { taxonomyCode } from '../taxonomies/taxonomy-codes';
import { AnswerResponseDto, SoughtPartnerResponseDto, toAnswerResponse } from '../calls/call-response';
import { MessageResponseDto, toMessageResponse } from '../channels/channel-response';
import { DATE_TIME, DAY, LANGUAGE_CODE, nullableEnum, TOPIC_CODE, UUID } from '../common/openapi-fields';
import {
  ConsortiumEventResponseDto,
  ConsortiumInvitationResponseDto,
  toEventResponse,
  toInvitationSummary,
} from '../consortia/consortium-response';
import {
  NotificationPreferenceResponseDto,
  NotificationResponseDto,
  toNotificationResponse,
  toPreferenceResponse,
} from './notification-response.dto';

const iso = (d: Date | null) => d?.toISOString() ?? null;
const NULLABLE_TIME = { type: String, nullable: true, format: 'date-time' } as const;

export class ExportedSessionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) lastUsedAt!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty(NULLABLE_TIME) revokedAt!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['logout', 'reuse_detected', 'password_changed', 'admin'],
  })
  revokedReason!: string | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 300 }) userAgent!: string | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 64 }) ip!: string | null;
}

export class ExportedRevisionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: OrganisationProfileResponseDto, description: 'The proposed profile' })
  profile!: OrganisationProfileResponseDto;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class ExportedOrganisationDto {
  @ApiProperty({ enum: MEMBER_ROLES }) role!: MemberRole;
  @ApiProperty({ type: OrganisationResponseDto }) organisation!: OrganisationResponseDto;
  @ApiProperty({ type: [MemberResponseDto] }) members!: MemberResponseDto[];
  @ApiProperty({ type: ExportedRevisionDto, nullable: true, description: 'Changes waiting for NA staff' })
  pendingRevision!: ExportedRevisionDto | null;
  @ApiProperty({ type: [InvitationResponseDto], description: 'Open invitations, for owners and admins' })
  invitations!: InvitationResponseDto[];
  @ApiProperty({ type: [AuditEntryDto], description: 'The latest 1000 entries of its audit trail, newest first' })
  decisions!: AuditEntryDto[];
}

export class ExportedReportDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty(taxonomyCode('ReportCategoryCode')) category!: string;
  @ApiProperty({ maxLength: LIMITS.reportText }) text!: string;
  @ApiProperty({ enum: ['open', 'dismissed', 'actioned'] }) status!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty(NULLABLE_TIME) resolvedAt!: string | null;
}

const CONSORTIUM_ROLES = ['coordinator', ...INVITED_ROLES] as const;
const SUGGESTION_EVENT_ACTIONS = ['dismiss', 'save', ...SUGGESTION_ACTIONS] as const;

export class ExportedOrganisationInvitationDto {
  @ApiProperty({ ...UUID }) id!: string;
  @ApiProperty({ ...UUID }) organisationId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ format: 'email', description: 'Whom it was sent to' }) email!: string;
  @ApiProperty({ enum: MEMBER_ROLES }) role!: MemberRole;
  @ApiProperty({ description: 'You sent it (otherwise it is addressed to you)' }) sentByYou!: boolean;
  @ApiProperty({ ...DATE_TIME }) createdAt!: string;
  @ApiProperty({ ...DATE_TIME }) expiresAt!: string;
  @ApiProperty(NULLABLE_TIME) acceptedAt!: string | null;
  @ApiProperty(NULLABLE_TIME) revokedAt!: string | null;
}

export class ExportedConsortiumInvitationDto extends ConsortiumInvitationResponseDto {
  @ApiProperty({ ...UUID, nullable: true, description: 'The user who sent it (null once the account is gone)' })
  invitedBy!: string | null;
  @ApiProperty({ ...UUID, nullable: true, description: 'The user who accepted or declined it' })
  decidedBy!: string | null;
}

export class ExportedConsortiumMembershipDto {
  @ApiProperty({ ...UUID }) consortiumId!: string;
  @ApiProperty() consortiumName!: string;
  @ApiProperty({ enum: CONSORTIUM_STATUSES, description: 'The consortium’s status' }) status!: string;
  @ApiProperty({ enum: ACTIONS, description: 'The consortium’s action' }) action!: string;
  @ApiProperty({ ...UUID, description: 'Your organisation' }) organisationId!: string;
  @ApiProperty({ enum: CONSORTIUM_ROLES }) role!: string;
  @ApiProperty({ ...DATE_TIME }) joinedAt!: string;
}

export class ExportedConsortiumEventDto extends ConsortiumEventResponseDto {
  @ApiProperty({ ...UUID }) consortiumId!: string;
}

export class ExportedCallDto {
  @ApiProperty({ ...UUID }) id!: string;
  @ApiProperty({ ...UUID, description: 'The calling organisation' }) organisationId!: string;
  @ApiProperty({ enum: CALL_KINDS }) kind!: string;
  @ApiProperty({ ...UUID, nullable: true, description: 'The consortium a replacement call is for' })
  consortiumId!: string | null;
  @ApiProperty({ enum: CALL_STATUSES }) status!: string;
  @ApiProperty({ ...nullableEnum(CLOSED_REASONS), description: 'Set once closed' }) closedReason!: string | null;
  @ApiProperty() urgent!: boolean;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ enum: ACTIONS }) action!: string;
  @ApiProperty({ ...TOPIC_CODE, isArray: true }) topics!: string[];
  @ApiProperty({ type: SoughtPartnerResponseDto, isArray: true }) sought!: SoughtPartnerResponseDto[];
  @ApiProperty({ ...LANGUAGE_CODE, isArray: true }) languages!: string[];
  @ApiProperty({ ...DAY, nullable: true }) plannedStart!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, minimum: 6, maximum: 36 }) durationMonths!: number | null;
  @ApiProperty({ ...DAY, nullable: true }) naDeadline!: string | null;
  @ApiProperty({ ...DAY }) answerBy!: string;
  @ApiProperty({ ...UUID, nullable: true, description: 'The user who wrote it (null once the account is gone)' })
  createdBy!: string | null;
  @ApiProperty({ ...DATE_TIME }) createdAt!: string;
  @ApiProperty({ ...DATE_TIME }) updatedAt!: string;
  @ApiProperty(NULLABLE_TIME) openedAt!: string | null;
  @ApiProperty(NULLABLE_TIME) closedAt!: string | null;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Increases with every change' }) version!: number;
}

export class ExportedSuggestionActionDto {
  @ApiProperty({ type: String, pattern: '^[0-9]+$', example: '42', description: 'Increasing with time' })
  id!: string;
  @ApiProperty({ ...UUID }) suggestionId!: string;
  @ApiProperty({ enum: SUGGESTION_EVENT_ACTIONS }) action!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'What came with it: the `reason` of a dismissal, what acting on it created',
  })
  detail!: Record<string, unknown>;
  @ApiProperty({ ...DATE_TIME }) createdAt!: string;
  @ApiProperty({ enum: ['organisation', 'call', 'consortium'], description: 'Whom the suggestion was for' })
  subjectKind!: string;
  @ApiProperty({ ...UUID }) subjectId!: string;
  @ApiProperty({ enum: ['organisation', 'call'], description: 'What was suggested' }) targetKind!: string;
  @ApiProperty({ ...UUID }) targetId!: string;
}

export class MyDataExportResponseDto {
  @ApiProperty({ format: 'date-time' }) exportedAt!: string;
  @ApiProperty({ type: UserResponseDto }) user!: UserResponseDto;
  @ApiProperty({ type: [ExportedSessionDto], description: 'Every session, ended ones included' })
  sessions!: ExportedSessionDto[];
  @ApiProperty({ type: [ExportedOrganisationDto] }) organisations!: ExportedOrganisationDto[];
  @ApiProperty({ type: [ExportedReportDto], description: 'Reports you filed' }) reportsFiled!: ExportedReportDto[];
  @ApiProperty({ type: [NotificationResponseDto], description: 'The latest 10 000, newest first' })
  notifications!: NotificationResponseDto[];
  @ApiProperty({
    type: [ExportedOrganisationInvitationDto],
    description: 'Invitations to organisations you sent or that are addressed to you',
  })
  organisationInvitations!: ExportedOrganisationInvitationDto[];
  @ApiProperty({
    type: [ExportedConsortiumInvitationDto],
    description: 'Consortium invitations received or sent by your organisations',
  })
  consortiumInvitations!: ExportedConsortiumInvitationDto[];
  @ApiProperty({ type: [ExportedConsortiumMembershipDto], description: "Your organisations' consortium memberships" })
  consortiumMemberships!: ExportedConsortiumMembershipDto[];
  @ApiProperty({
    type: [ExportedConsortiumEventDto],
    description: 'Consortium history entries by or about your organisations',
  })
  consortiumHistory!: ExportedConsortiumEventDto[];
  @ApiProperty({ type: [ExportedCallDto], description: 'Every partner call of your organisations, drafts included' })
  partnerCalls!: ExportedCallDto[];
  @ApiProperty({
    type: [AnswerResponseDto],
    description: 'The answers your organisations gave to partner calls',
  })
  callAnswers!: AnswerResponseDto[];
  @ApiProperty({ type: [MessageResponseDto], description: 'Every message you wrote, oldest first' })
  messages!: MessageResponseDto[];
  @ApiProperty({ type: [ExportedSuggestionActionDto], description: 'What you did with suggestions' })
  suggestionActions!: ExportedSuggestionActionDto[];
  @ApiProperty({
    type: [NotificationPreferenceResponseDto],
    description: 'Your notification preferences, one per kind',
  })
  notificationPreferences!: NotificationPreferenceResponseDto[];
}

export interface MyData {
  account: {
    user: UserView;
    sessions: {
      id: string;
      createdAt: Date;
      lastUsedAt: Date;
      expiresAt: Date;
      revokedAt: Date | null;
      revokedReason: string | null;
      userAgent: string | null;
      ip: string | null;
    }[];
  };
  organisations: {
    organisations: {
      role: MemberRole;
      organisation: OrganisationEntity;
      members: MemberRow[];
      pendingRevision: OrganisationRevisionEntity | null;
      invitations: Pick<OrganisationInvitationEntity, 'id' | 'email' | 'role' | 'expiresAt'>[];
      decisions: ModerationAuditEntity[];
    }[];
    reportsFiled: OrganisationReportEntity[];
  };
  notifications: { row: NotificationRow; title: string; link: string }[];
  organisationInvitations: InvitationConcerning[];
  consortia: {
    invitations: ConsortiumInvitationEntity[];
    memberships: {
      consortiumId: string;
      consortiumName: string;
      status: string;
      action: string;
      organisationId: string;
      role: string;
      joinedAt: Date;
    }[];
    history: ConsortiumEventEntity[];
  };
  calls: { calls: PartnerCallEntity[]; answers: CallAnswerEntity[] };
  messages: MessagePayload[];
  suggestionActions: {
    id: string;
    suggestionId: string;
    action: string;
    detail: Record<string, unknown>;
    createdAt: Date;
    subjectKind: string;
    subjectId: string;
    targetKind: string;
    targetId: string;
  }[];
  notificationPreferences: { kind: string; delivery: string; default: string }[];
}

export function toMyDataExportResponse(data: MyData, exportedAt: Date): MyDataExportResponseDto {
  return {
    exportedAt: exportedAt.toISOString(),
    user: toUserResponse(data.account.user),
    sessions: data.account.sessions.map((s) => ({
      id: s.id,
      createdAt: s.createdAt.toISOString(),
      lastUsedAt: s.lastUsedAt.toISOString(),
      expiresAt: s.expiresAt.toISOString(),
      revokedAt: iso(s.revokedAt),
      revokedReason: s.revokedReason,
      userAgent: s.userAgent,
      ip: s.ip,
    })),
    organisations: data.organisations.organisations.map((o) => ({
      role: o.role,
      organisation: toOrganisationResponse({
        organisation: o.organisation,
        myRole: o.role,
        insider: true,
        showContact: true,
        pendingRevision: null,
      }),
      members: o.members.map(toMemberResponse),
      pendingRevision: o.pendingRevision && {
        id: o.pendingRevision.id,
        profile: toProfileResponse(o.pendingRevision.profile, true),
        createdAt: o.pendingRevision.createdAt.toISOString(),
        updatedAt: o.pendingRevision.updatedAt.toISOString(),
      },
      invitations: o.invitations.map(toInvitationResponse),
      decisions: o.decisions.map(toAuditResponse),
    })),
    reportsFiled: data.organisations.reportsFiled.map((r) => ({
      id: r.id,
      organisationId: r.organisationId,
      category: r.category,
      text: r.text,
      status: r.status,
      createdAt: r.createdAt.toISOString(),
      resolvedAt: iso(r.resolvedAt),
    })),
    notifications: data.notifications.map((n) => toNotificationResponse(n.row, n.title, n.link)),
    organisationInvitations: data.organisationInvitations.map((i) => ({
      id: i.id,
      organisationId: i.organisationId,
      organisationName: i.organisationName,
      email: i.email,
      role: i.role,
      sentByYou: i.sentByYou,
      createdAt: i.createdAt.toISOString(),
      expiresAt: i.expiresAt.toISOString(),
      acceptedAt: iso(i.acceptedAt),
      revokedAt: iso(i.revokedAt),
    })),
    consortiumInvitations: data.consortia.invitations.map((i) => ({
      ...toInvitationSummary(i),
      invitedBy: i.invitedBy,
      decidedBy: i.decidedBy,
    })),
    consortiumMemberships: data.consortia.memberships.map((m) => ({
      consortiumId: m.consortiumId,
      consortiumName: m.consortiumName,
      status: m.status,
      action: m.action,
      organisationId: m.organisationId,
      role: m.role,
      joinedAt: m.joinedAt.toISOString(),
    })),
    consortiumHistory: data.consortia.history.map((e) => ({ ...toEventResponse(e), consortiumId: e.consortiumId })),
    partnerCalls: data.calls.calls.map((c) => ({
      id: c.id,
      organisationId: c.organisationId,
      kind: c.kind,
      consortiumId: c.consortiumId,
      status: c.status,
      closedReason: c.closedReason,
      urgent: c.urgent,
      title: c.title,
      summary: c.summary,
      action: c.action,
      topics: c.topics,
      sought: c.sought.map((p) => ({
        countries: p.countries,
        naceSections: p.naceSections,
        organisationTypes: p.organisationTypes,
        count: p.count,
        role: p.role,
        tasks: p.tasks,
      })),
      languages: c.languages,
      plannedStart: c.plannedStart,
      durationMonths: c.durationMonths,
      naDeadline: c.naDeadline,
      answerBy: c.answerBy,
      createdBy: c.createdBy,
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
      openedAt: iso(c.openedAt),
      closedAt: iso(c.closedAt),
      version: c.version,
    })),
    callAnswers: data.calls.answers.map(toAnswerResponse),
    messages: data.messages.map(toMessageResponse),
    suggestionActions: data.suggestionActions.map((a) => ({
      id: String(a.id),
      suggestionId: a.suggestionId,
      action: a.action,
      detail: a.detail,
      createdAt: a.createdAt.toISOString(),
      subjectKind: a.subjectKind,
      subjectId: a.subjectId,
      targetKind: a.targetKind,
      targetId: a.targetId,
    })),
    notificationPreferences: data.notificationPreferences.map(toPreferenceResponse),
  };
}
