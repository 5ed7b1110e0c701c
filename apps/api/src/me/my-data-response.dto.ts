import { ApiProperty } from '@nestjs/swagger';
import type { UserView } from '@syndesmos/auth';
import type { NotificationRow } from '@syndesmos/notifications';
import {
  MEMBER_ROLES,
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
import { NotificationResponseDto, toNotificationResponse } from './notification-response.dto';

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

const EXPORTED_RECORD = { type: 'object', additionalProperties: true } as const;

export class MyDataExportResponseDto {
  @ApiProperty({ format: 'date-time' }) exportedAt!: string;
  @ApiProperty({ type: UserResponseDto }) user!: UserResponseDto;
  @ApiProperty({ type: [ExportedSessionDto], description: 'Every session, ended ones included' })
  sessions!: ExportedSessionDto[];
  @ApiProperty({ type: [ExportedOrganisationDto] }) organisations!: ExportedOrganisationDto[];
  @ApiProperty({ type: [ExportedReportDto], description: 'Reports you filed' }) reportsFiled!: ExportedReportDto[];
  @ApiProperty({ type: [NotificationResponseDto], description: 'The latest 10 000, newest first' })
  notifications!: NotificationResponseDto[];
  // The parts below are exported as stored; their exact item schemas are still to be written.
  @ApiProperty({
    type: 'array',
    items: EXPORTED_RECORD,
    description: 'Invitations to organisations you sent or that are addressed to you',
  })
  organisationInvitations!: object[];
  @ApiProperty({
    type: 'array',
    items: EXPORTED_RECORD,
    description: 'Consortium invitations received or sent by your organisations',
  })
  consortiumInvitations!: object[];
  @ApiProperty({ type: 'array', items: EXPORTED_RECORD, description: "Your organisations' consortium memberships" })
  consortiumMemberships!: object[];
  @ApiProperty({
    type: 'array',
    items: EXPORTED_RECORD,
    description: 'Consortium history entries by or about your organisations',
  })
  consortiumHistory!: object[];
  @ApiProperty({
    type: 'array',
    items: EXPORTED_RECORD,
    description: 'Every partner call of your organisations, drafts included',
  })
  partnerCalls!: object[];
  @ApiProperty({
    type: 'array',
    items: EXPORTED_RECORD,
    description: 'The answers your organisations gave to partner calls',
  })
  callAnswers!: object[];
  @ApiProperty({ type: 'array', items: EXPORTED_RECORD, description: 'Every message you wrote, oldest first' })
  messages!: object[];
  @ApiProperty({ type: 'array', items: EXPORTED_RECORD, description: 'What you did with suggestions' })
  suggestionActions!: object[];
  @ApiProperty({ type: 'array', items: EXPORTED_RECORD, description: 'Your notification preferences, one per kind' })
  notificationPreferences!: object[];
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
}

/** The parts of the export with exact item schemas. */
export type MyDataCore = Pick<
  MyDataExportResponseDto,
  'exportedAt' | 'user' | 'sessions' | 'organisations' | 'reportsFiled' | 'notifications'
>;

export function toMyDataExportResponse(data: MyData, exportedAt: Date): MyDataCore {
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
  };
}
