import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { decodeCursor, encodeCursor } from '../common/pagination';
import type { MemberRow, OrganisationEntity, OrganisationProfile, OrganisationView } from '@syndesmos/organisations';
import { ContactPersonDto, ExperienceDto, PartnerWishesDto } from './organisation.dto';

export class OrganisationProfileResponseDto {
  @ApiProperty() legalName!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty() oid!: string;
  @ApiProperty({ nullable: true, type: String }) pic!: string | null;
  @ApiProperty() country!: string;
  @ApiProperty() city!: string;
  @ApiProperty({ nullable: true, type: String }) website!: string | null;
  @ApiProperty() organisationType!: string;
  @ApiProperty({ example: 'NACE_REV2' }) naceRevision!: string;
  @ApiProperty({ type: [String] }) naceSections!: string[];
  @ApiProperty({ type: [String] }) naceDivisions!: string[];
  @ApiProperty({ nullable: true, type: String }) sizeBand!: string | null;
  @ApiProperty({ nullable: true, type: Number }) foundingYear!: number | null;
  @ApiProperty({ description: 'Plain text, returned exactly as stored: render it as text, never as HTML' })
  description!: string;
  @ApiProperty({ type: [String] }) topics!: string[];
  @ApiProperty({ type: [String] }) targetGroups!: string[];
  @ApiProperty({ type: [String] }) languages!: string[];
  @ApiProperty({ type: ExperienceDto }) experience!: ExperienceDto;
  @ApiProperty({ type: PartnerWishesDto }) lookingFor!: PartnerWishesDto;
  @ApiPropertyOptional({ type: ContactPersonDto, nullable: true, description: 'Absent in the public view' })
  contactPerson?: ContactPersonDto | null;
  @ApiProperty({ nullable: true, type: String }) logoUrl!: string | null;
  @ApiProperty() openToPartnerships!: boolean;
}

export class FieldChangeDto {
  @ApiProperty() field!: string;
  @ApiProperty({ description: 'Live value' }) before!: unknown;
  @ApiProperty({ description: 'Proposed value' }) after!: unknown;
}

export class PendingRevisionDto {
  @ApiProperty() id!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
  @ApiProperty({ type: [FieldChangeDto] }) changes!: FieldChangeDto[];
}

export class OrganisationResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['draft', 'submitted', 'published', 'rejected', 'suspended'] }) status!: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Why it was rejected or suspended (insiders only)',
  })
  statusReason?: string | null;
  @ApiProperty() oidVerified!: boolean;
  @ApiProperty({ type: OrganisationProfileResponseDto }) profile!: OrganisationProfileResponseDto;
  @ApiPropertyOptional({ enum: ['owner', 'admin', 'member'], nullable: true }) myRole?: string | null;
  @ApiPropertyOptional({ type: PendingRevisionDto, nullable: true, description: 'Insiders only' })
  pendingRevision?: PendingRevisionDto | null;
  @ApiProperty({ nullable: true, type: String }) publishedAt!: string | null;
  @ApiProperty() updatedAt!: string;
}

export class OrganisationPageDto {
  @ApiProperty({ type: [OrganisationResponseDto] }) items!: OrganisationResponseDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as ?cursor= for the next page; null at the end' })
  nextCursor!: string | null;
}

export class MemberResponseDto {
  @ApiProperty() userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: ['owner', 'admin', 'member'] }) role!: string;
  @ApiProperty() joinedAt!: string;
}

export class MembershipResponseDto {
  @ApiProperty({ enum: ['owner', 'admin', 'member'] }) role!: string;
  @ApiProperty({ type: OrganisationResponseDto }) organisation!: OrganisationResponseDto;
}

export class InvitationResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: ['owner', 'admin', 'member'] }) role!: string;
  @ApiProperty() expiresAt!: string;
  @ApiPropertyOptional({ description: 'Only when the invitation is created: single use, shown once' }) token?: string;
  @ApiPropertyOptional({ description: 'Link to send to the invitee (e-mail delivery comes later)' }) acceptUrl?: string;
}

export class AuditEntryDto {
  @ApiProperty() id!: string;
  @ApiProperty() organisationId!: string;
  @ApiProperty() country!: string;
  @ApiProperty({ example: 'approved' }) action!: string;
  @ApiProperty({ nullable: true, type: String }) actorId!: string | null;
  @ApiProperty({ example: 'na_staff' }) actorRole!: string;
  @ApiProperty({ nullable: true, type: String }) subjectId!: string | null;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty({ nullable: true }) before!: unknown;
  @ApiProperty({ nullable: true }) after!: unknown;
  @ApiProperty() createdAt!: string;
}

const PROFILE_ORDER = [
  'legalName',
  'displayName',
  'oid',
  'pic',
  'country',
  'city',
  'website',
  'organisationType',
  'naceRevision',
  'naceSections',
  'naceDivisions',
  'sizeBand',
  'foundingYear',
  'description',
  'topics',
  'targetGroups',
  'languages',
  'experience',
  'lookingFor',
  'contactPerson',
  'logoUrl',
  'openToPartnerships',
] as const satisfies readonly (keyof OrganisationProfile)[];
// Fails to compile when a profile field is missing from the order above.
type Unlisted = Exclude<keyof OrganisationProfile, (typeof PROFILE_ORDER)[number]>;
export const EVERY_PROFILE_FIELD_LISTED: [Unlisted] extends [never] ? true : never = true;

export function toOrganisationResponse(view: OrganisationView): OrganisationResponseDto {
  const { organisation: o } = view;
  // PostgreSQL returns JSONB keys in its own order; answer in the profile's reading order.
  const profile = Object.fromEntries(
    PROFILE_ORDER.filter((k) => k !== 'contactPerson' || view.showContact).map((k) => [k, o.profile[k] ?? null]),
  ) as unknown as OrganisationProfileResponseDto;
  const res: OrganisationResponseDto = {
    id: o.id,
    status: o.status,
    oidVerified: o.oidVerifiedAt !== null,
    profile,
    publishedAt: o.publishedAt?.toISOString() ?? null,
    updatedAt: o.updatedAt.toISOString(),
  };
  if (view.insider) {
    res.statusReason = o.statusReason;
    res.myRole = view.myRole;
    res.pendingRevision = view.pendingRevision && {
      id: view.pendingRevision.id,
      createdAt: view.pendingRevision.createdAt.toISOString(),
      updatedAt: view.pendingRevision.updatedAt.toISOString(),
      changes: view.pendingRevision.changes,
    };
  }
  return res;
}

/** Moderators' answers: the organisation as its NA staff see it. */
export function toModeratedResponse(o: OrganisationEntity): OrganisationResponseDto {
  return toOrganisationResponse({
    organisation: o,
    myRole: null,
    insider: true,
    showContact: true,
    pendingRevision: null,
  });
}

export function toMemberResponse(m: MemberRow): MemberResponseDto {
  return {
    userId: m.userId,
    displayName: m.displayName,
    email: m.email,
    role: m.role,
    joinedAt: m.joinedAt.toISOString(),
  };
}

export function toAuditResponse(a: {
  id: string;
  organisationId: string;
  country: string;
  action: string;
  actorId: string | null;
  actorRole: string;
  subjectId: string | null;
  reason: string | null;
  before: unknown;
  after: unknown;
  createdAt: Date;
}): AuditEntryDto {
  return {
    id: String(a.id),
    organisationId: a.organisationId,
    country: a.country,
    action: a.action,
    actorId: a.actorId,
    actorRole: a.actorRole,
    subjectId: a.subjectId,
    reason: a.reason,
    before: a.before,
    after: a.after,
    createdAt: a.createdAt.toISOString(),
  };
}

export interface AuditPageDto {
  items: AuditEntryDto[];
  nextCursor: string | null;
}

const isAuditKey = (v: unknown): v is string => typeof v === 'string' && /^\d+$/.test(v);

/** Audit entries page newest first, keyed by their increasing id. */
export function decodeAuditCursor(cursor: string | undefined): string | undefined {
  return decodeCursor(cursor, isAuditKey);
}

export function toAuditPage(rows: Parameters<typeof toAuditResponse>[0][], limit: number): AuditPageDto {
  return {
    items: rows.map(toAuditResponse),
    nextCursor: rows.length === limit ? encodeCursor(String(rows[rows.length - 1].id)) : null,
  };
}
