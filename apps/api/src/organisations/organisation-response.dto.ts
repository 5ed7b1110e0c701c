import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions, type SchemaObject } from '@nestjs/swagger';
import {
  EXPERIENCE_LEVELS,
  MEMBER_ROLES,
  type ExperienceLevel,
  type MemberRow,
  type OrganisationEntity,
  type OrganisationInvitationEntity,
  type OrganisationProfile,
  type OrganisationView,
} from '@syndesmos/organisations';
import { PageOf } from '../common/page.dto';
import { decodeCursor, encodeCursor } from '../common/pagination';
import { taxonomyCode } from '../taxonomies/taxonomy-codes';
import { LIMITS } from './organisation.dto';

export const ORGANISATION_STATUS_VALUES = ['draft', 'submitted', 'published', 'rejected', 'suspended'] as const;

/** Every action the audit trail records (moderation decisions and the members' own steps). */
export const AUDIT_ACTIONS = [
  'submitted',
  'withdrawn',
  'revision_proposed',
  'approved',
  'rejected',
  'suspended',
  'reinstated',
  'oid_verified',
  'revision_approved',
  'revision_rejected',
  'report_actioned',
  'report_dismissed',
  'deleted',
] as const;

/** Who acted: a member by their role in the organisation, NA staff or a platform admin. */
export const AUDIT_ACTOR_ROLES = [...MEMBER_ROLES, 'na_staff', 'user'] as const;

/** Every profile field, in reading order. */
export const PROFILE_FIELDS = [
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
// Fails to compile when a profile field is missing from the list above.
type Unlisted = Exclude<keyof OrganisationProfile, (typeof PROFILE_FIELDS)[number]>;
export const EVERY_PROFILE_FIELD_LISTED: [Unlisted] extends [never] ? true : never = true;

/** A profile field's value before or after a change: text, a number, a switch, a list of codes or an object. */
const JSON_VALUE: SchemaObject = {
  anyOf: [
    { type: 'string', nullable: true },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'array', items: { type: 'string' } },
    { type: 'object', additionalProperties: true },
  ],
};

const JSON_OBJECT = { type: 'object', additionalProperties: true, nullable: true } as const;

export class ExperienceResponseDto {
  @ApiProperty({ enum: EXPERIENCE_LEVELS, example: 'participated' }) level!: ExperienceLevel;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1000, example: 3 }) pastProjects!: number;
}

export class PartnerWishesResponseDto {
  @ApiProperty(taxonomyCode('CountryCode', { isArray: true, example: ['PT', 'IT'] })) countries!: string[];
  @ApiProperty(taxonomyCode('NaceSectionCode', { isArray: true, example: ['C'] })) naceSections!: string[];
  @ApiProperty(taxonomyCode('OrganisationTypeCode', { isArray: true, example: ['sme'] }))
  organisationTypes!: string[];
  @ApiProperty({ type: String, nullable: true, maxLength: LIMITS.lookingForText, example: 'A manufacturing SME' })
  text!: string | null;
}

export class ContactPersonResponseDto {
  @ApiProperty({ maxLength: 120, example: 'Maria Papadopoulou' }) name!: string;
  @ApiProperty({ format: 'email', maxLength: 254, example: 'maria@vet-school.gr' }) email!: string;
  @ApiProperty({ type: String, nullable: true, maxLength: 40, example: '+30 210 000 0000' }) phone!: string | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 120, example: 'International officer' })
  role!: string | null;
}

export class OrganisationProfileResponseDto {
  @ApiProperty({ maxLength: LIMITS.legalName, example: 'Institute of Vocational Training Athens' }) legalName!: string;
  @ApiProperty({ maxLength: LIMITS.displayName, example: 'IEK Athens' }) displayName!: string;
  @ApiProperty({ pattern: '^E\\d{8}$', example: 'E10234567', description: 'Erasmus+ Organisation ID' }) oid!: string;
  @ApiProperty({ type: String, nullable: true, pattern: '^\\d{9}$', example: '949123456', description: '9-digit PIC' })
  pic!: string | null;
  @ApiProperty(taxonomyCode('CountryCode', { example: 'GR' })) country!: string;
  @ApiProperty({ maxLength: LIMITS.city, description: 'Empty until given', example: 'Athens' }) city!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'uri',
    maxLength: LIMITS.url,
    example: 'https://iek.example.gr',
  })
  website!: string | null;
  @ApiProperty(taxonomyCode('OrganisationTypeCode', { example: 'vet_provider' })) organisationType!: string;
  @ApiProperty({ enum: ['NACE_REV2'], example: 'NACE_REV2' }) naceRevision!: string;
  @ApiProperty(taxonomyCode('NaceSectionCode', { isArray: true, example: ['P'] })) naceSections!: string[];
  @ApiProperty(taxonomyCode('NaceDivisionCode', { isArray: true, example: ['85'] })) naceDivisions!: string[];
  @ApiProperty(taxonomyCode('SizeBandCode', { nullable: true, example: '10-49' })) sizeBand!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, minimum: 1000, example: 1998 }) foundingYear!: number | null;
  @ApiProperty({
    maxLength: LIMITS.description,
    description: 'Plain text, returned exactly as stored: render it as text, never as HTML',
  })
  description!: string;
  @ApiProperty(taxonomyCode('TopicCode', { isArray: true, example: ['digital_skills'] })) topics!: string[];
  @ApiProperty(taxonomyCode('TargetGroupCode', { isArray: true })) targetGroups!: string[];
  @ApiProperty(taxonomyCode('LanguageCode', { isArray: true, example: ['el', 'en'] })) languages!: string[];
  @ApiProperty({ type: ExperienceResponseDto }) experience!: ExperienceResponseDto;
  @ApiProperty({ type: PartnerWishesResponseDto }) lookingFor!: PartnerWishesResponseDto;
  @ApiPropertyOptional({
    type: ContactPersonResponseDto,
    nullable: true,
    description: 'Absent in the public view (not signed in); null when none was given',
  })
  contactPerson?: ContactPersonResponseDto | null;
  @ApiProperty({ type: String, nullable: true, format: 'uri', maxLength: LIMITS.url }) logoUrl!: string | null;
  @ApiProperty() openToPartnerships!: boolean;
}

export class FieldChangeDto {
  @ApiProperty({ enum: PROFILE_FIELDS, description: 'The profile field', example: 'description' }) field!: string;
  @ApiProperty({ ...JSON_VALUE, description: 'Live value' } as ApiPropertyOptions) before!: unknown;
  @ApiProperty({ ...JSON_VALUE, description: 'Proposed value' } as ApiPropertyOptions) after!: unknown;
}

export class PendingRevisionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: [FieldChangeDto] }) changes!: FieldChangeDto[];
}

export class OrganisationResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ORGANISATION_STATUS_VALUES, example: 'published' }) status!: string;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Why it was rejected or suspended (members and moderators only)',
  })
  statusReason?: string | null;
  @ApiProperty({ description: 'NA staff checked the OID' }) oidVerified!: boolean;
  @ApiProperty({ type: OrganisationProfileResponseDto }) profile!: OrganisationProfileResponseDto;
  @ApiPropertyOptional({
    type: String,
    enum: MEMBER_ROLES,
    nullable: true,
    description: 'Your role in it (members and moderators only; null for moderators)',
  })
  myRole?: string | null;
  @ApiPropertyOptional({
    type: PendingRevisionDto,
    nullable: true,
    description: 'Changes waiting for NA staff (members and moderators only)',
  })
  pendingRevision?: PendingRevisionDto | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) publishedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class OrganisationPageDto extends PageOf(OrganisationResponseDto) {}

export class MemberResponseDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ example: 'Maria Papadopoulou' }) displayName!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty({ enum: MEMBER_ROLES }) role!: string;
  @ApiProperty({ format: 'date-time' }) joinedAt!: string;
}

export class MemberPageDto extends PageOf(MemberResponseDto) {}

export class MembershipResponseDto {
  @ApiProperty({ enum: MEMBER_ROLES }) role!: string;
  @ApiProperty({ type: OrganisationResponseDto }) organisation!: OrganisationResponseDto;
}

export class MembershipPageDto extends PageOf(MembershipResponseDto) {}

export class InvitationResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email', example: 'nikos@vet-school.gr' }) email!: string;
  @ApiProperty({ enum: MEMBER_ROLES, example: 'member' }) role!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}

export class InvitationPageDto extends PageOf(InvitationResponseDto) {}

export class IssuedInvitationResponseDto extends InvitationResponseDto {
  @ApiProperty({ description: 'Single use, shown only now: the invitee accepts with it' }) token!: string;
  @ApiProperty({ format: 'uri', description: 'The link mailed to the invitee' }) acceptUrl!: string;
}

export class AcceptedInvitationResponseDto {
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({ enum: MEMBER_ROLES, example: 'member' }) role!: string;
}

export class CreatedReportResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
}

export class AuditEntryDto {
  @ApiProperty({ pattern: '^\\d+$', description: 'Increasing with time', example: '42' }) id!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty(taxonomyCode('CountryCode', { example: 'GR' })) country!: string;
  @ApiProperty({ enum: AUDIT_ACTIONS, example: 'approved' }) action!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'null once the account is deleted' })
  actorId!: string | null;
  @ApiProperty({ enum: AUDIT_ACTOR_ROLES, example: 'na_staff' }) actorRole!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'The revision or report decided on, when there is one',
  })
  subjectId!: string | null;
  @ApiProperty({ type: String, nullable: true, maxLength: LIMITS.reason }) reason!: string | null;
  @ApiProperty({ ...JSON_OBJECT, description: 'The state before the action, when it changed one' }) before!:
    object | null;
  @ApiProperty({ ...JSON_OBJECT, description: 'The state after the action, when it changed one' }) after!:
    object | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class AuditPageDto extends PageOf(AuditEntryDto) {}

/** The profile in its reading order, every field present (null where empty). */
export function toProfileResponse(p: OrganisationProfile, showContact: boolean): OrganisationProfileResponseDto {
  const c = p.contactPerson;
  const profile: OrganisationProfileResponseDto = {
    legalName: p.legalName,
    displayName: p.displayName,
    oid: p.oid,
    pic: p.pic ?? null,
    country: p.country,
    city: p.city ?? '',
    website: p.website ?? null,
    organisationType: p.organisationType,
    naceRevision: p.naceRevision,
    naceSections: p.naceSections ?? [],
    naceDivisions: p.naceDivisions ?? [],
    sizeBand: p.sizeBand ?? null,
    foundingYear: p.foundingYear ?? null,
    description: p.description ?? '',
    topics: p.topics ?? [],
    targetGroups: p.targetGroups ?? [],
    languages: p.languages ?? [],
    experience: { level: p.experience.level, pastProjects: p.experience.pastProjects },
    lookingFor: {
      countries: p.lookingFor.countries,
      naceSections: p.lookingFor.naceSections,
      organisationTypes: p.lookingFor.organisationTypes,
      text: p.lookingFor.text ?? null,
    },
    contactPerson: c ? { name: c.name, email: c.email, phone: c.phone ?? null, role: c.role ?? null } : null,
    logoUrl: p.logoUrl ?? null,
    openToPartnerships: p.openToPartnerships,
  };
  if (!showContact) delete profile.contactPerson;
  return profile;
}

export function toOrganisationResponse(view: OrganisationView): OrganisationResponseDto {
  const { organisation: o } = view;
  const res: OrganisationResponseDto = {
    id: o.id,
    status: o.status,
    oidVerified: o.oidVerifiedAt !== null,
    profile: toProfileResponse(o.profile, view.showContact),
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

export function toInvitationResponse(
  i: Pick<OrganisationInvitationEntity, 'id' | 'email' | 'role' | 'expiresAt'>,
): InvitationResponseDto {
  return { id: i.id, email: i.email, role: i.role, expiresAt: i.expiresAt.toISOString() };
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
  before: object | null;
  after: object | null;
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

const isAuditKey = (v: unknown): v is string => typeof v === 'string' && /^\d+$/.test(v);

/** Audit entries page newest first, keyed by their increasing id. */
export function decodeAuditCursor(cursor: string | undefined): string | undefined {
  return decodeCursor(cursor, isAuditKey);
}

export function encodeAuditCursor(id: string): string {
  return encodeCursor(String(id));
}

export function toAuditPage(rows: Parameters<typeof toAuditResponse>[0][], limit: number): AuditPageDto {
  return {
    items: rows.map(toAuditResponse),
    nextCursor: rows.length === limit ? encodeAuditCursor(rows[rows.length - 1].id) : null,
  };
}
