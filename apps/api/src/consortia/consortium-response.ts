import { ApiExtraModels, ApiProperty } from '@nestjs/swagger';
import {
  ACTIONS,
  CONSORTIUM_STATUSES,
  INVITED_ROLES,
  type ConsortiumEventEntity,
  type ConsortiumInvitationEntity,
  type ConsortiumView,
  type InvitationStatus,
  type InvitationView,
  type MemberView,
  type OrganisationFacts,
  type RuleResult,
} from '@syndesmos/consortia';
import type { Page } from '../common/page.dto';
import { timePage } from '../common/pagination';
import {
  COUNTRY_CODE,
  DATE_TIME,
  DAY,
  NACE_SECTION_CODE,
  nullableRef,
  ORGANISATION_TYPE_CODE,
  UUID,
} from '../common/openapi-fields';

// What the consortium operations answer: the documented classes and the pure mappings to them.

const CONSORTIUM_ROLES = ['coordinator', ...INVITED_ROLES] as const;
const INVITATION_STATUSES: Record<InvitationStatus, true> = {
  pending: true,
  accepted: true,
  declined: true,
  revoked: true,
};
const RULE_IDS: Record<RuleResult['rule'], true> = {
  min_organisations: true,
  min_eligible_countries: true,
  coordinator_eligible: true,
  no_non_associated_third_countries: true,
};
/** What the history records; `detail` carries the facts of each. */
export const CONSORTIUM_EVENT_ACTIONS = [
  'created',
  'edited',
  'invited',
  'invitation_revoked',
  'invitation_declined',
  'joined',
  'left',
  'removed',
  'coordination_handed_over',
  'status_changed',
] as const;

const iso = (d: Date): string => d.toISOString();

export class ConsortiumOrganisationDto {
  @ApiProperty({ ...UUID }) id!: string;
  @ApiProperty({ example: 'Metalurgica do Norte' }) name!: string;
  @ApiProperty({ ...COUNTRY_CODE }) country!: string;
  @ApiProperty({ ...ORGANISATION_TYPE_CODE }) organisationType!: string;
  @ApiProperty({ ...NACE_SECTION_CODE, isArray: true }) naceSections!: string[];
}

export class ConsortiumMemberDto extends ConsortiumOrganisationDto {
  @ApiProperty({ enum: CONSORTIUM_ROLES }) role!: string;
  @ApiProperty({ ...DATE_TIME }) joinedAt!: string;
}

export class EligibilityRuleDto {
  @ApiProperty({ enum: Object.keys(RULE_IDS) }) rule!: string;
  @ApiProperty() passed!: boolean;
  @ApiProperty({ example: '2 of at least 3 organisations (associated partners do not count)' }) reason!: string;
}

export class EligibilityReportDto {
  @ApiProperty({ enum: ACTIONS }) action!: string;
  @ApiProperty({ description: 'Every rule passed' }) eligible!: boolean;
  @ApiProperty({ type: EligibilityRuleDto, isArray: true, description: 'One per rule of the action' })
  rules!: EligibilityRuleDto[];
}

const COUNTS_BY_CODE = (what: string) =>
  ({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 1 },
    description: `Members per ${what} code`,
  }) as const;

export class CrossSectorDto {
  @ApiProperty({ description: 'A VET provider is a member' }) vetProvider!: boolean;
  @ApiProperty({ description: 'An enterprise or a social partner is a member' }) enterpriseOrSocialPartner!: boolean;
  @ApiProperty({ description: 'Both of the above' }) met!: boolean;
}

export class CompositionGapsDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Full partners still missing for the action' })
  organisations!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Eligible countries still missing' })
  eligibleCountries!: number;
  @ApiProperty({ ...COUNTRY_CODE, isArray: true, description: 'Sought by its calls, brought by no member' })
  soughtCountries!: string[];
  @ApiProperty({ ...NACE_SECTION_CODE, isArray: true }) soughtNaceSections!: string[];
  @ApiProperty({ ...ORGANISATION_TYPE_CODE, isArray: true }) soughtOrganisationTypes!: string[];
}

export class CompositionDto {
  @ApiProperty(COUNTS_BY_CODE('country')) countries!: Record<string, number>;
  @ApiProperty(COUNTS_BY_CODE('NACE section')) naceSections!: Record<string, number>;
  @ApiProperty(COUNTS_BY_CODE('organisation type')) organisationTypes!: Record<string, number>;
  @ApiProperty({ type: CrossSectorDto }) crossSector!: CrossSectorDto;
  @ApiProperty({ type: CompositionGapsDto }) gaps!: CompositionGapsDto;
}

export class MyConsortiumOrganisationDto {
  @ApiProperty({ ...UUID }) organisationId!: string;
  @ApiProperty({ enum: CONSORTIUM_ROLES }) role!: string;
  @ApiProperty({ description: 'You are an owner or admin of this organisation' }) admin!: boolean;
}

export class ConsortiumInvitationResponseDto {
  @ApiProperty({ ...UUID }) id!: string;
  @ApiProperty({ ...UUID }) consortiumId!: string;
  @ApiProperty({ ...UUID, description: 'The invited organisation' }) organisationId!: string;
  @ApiProperty({ enum: INVITED_ROLES }) role!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The coordinator’s message' }) message!: string | null;
  @ApiProperty({ enum: Object.keys(INVITATION_STATUSES) }) status!: string;
  @ApiProperty({ ...UUID, nullable: true, description: 'The call answer it came from' }) answerId!: string | null;
  @ApiProperty({ ...DATE_TIME }) createdAt!: string;
  @ApiProperty({ ...DATE_TIME, nullable: true }) decidedAt!: string | null;
}

export class ConsortiumResponseDto {
  @ApiProperty({ ...UUID }) id!: string;
  @ApiProperty({ example: 'Green welding skills' }) name!: string;
  @ApiProperty({ enum: ACTIONS }) action!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ ...DAY, nullable: true, description: 'The National Agency deadline targeted' })
  naDeadline!: string | null;
  @ApiProperty({ enum: CONSORTIUM_STATUSES }) status!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Given when submitted' })
  applicationReference!: string | null;
  @ApiProperty({ ...UUID, description: 'The coordinating organisation' }) coordinatorId!: string;
  @ApiProperty({ ...UUID, nullable: true, description: 'The partner call it was formed from' })
  fromCallId!: string | null;
  @ApiProperty({ ...UUID, nullable: true, description: 'Its channel (realtime and /v1/channels)' })
  channelId!: string | null;
  @ApiProperty({
    type: ConsortiumMemberDto,
    isArray: true,
    description: 'Every member organisation (a consortium has a handful: not paged)',
  })
  members!: ConsortiumMemberDto[];
  @ApiProperty({ type: EligibilityReportDto, description: 'The programme rules, checked live' })
  eligibility!: EligibilityReportDto;
  @ApiProperty({ type: CompositionDto }) composition!: CompositionDto;
  @ApiProperty({ type: MyConsortiumOrganisationDto, isArray: true, description: 'Your organisations in it' })
  mine!: MyConsortiumOrganisationDto[];
  @ApiProperty({ description: 'You may invite, remove, hand over and change the state (coordinator admins)' })
  canManage!: boolean;
  @ApiProperty({
    description: 'You may post a replacement call for it: you manage it, it still takes members and a partner has left',
  })
  canOpenReplacementCall!: boolean;
  @ApiProperty({
    type: ConsortiumInvitationResponseDto,
    isArray: true,
    description: 'Invitations waiting for an answer (at most one per organisation: not paged)',
  })
  pendingInvitations!: ConsortiumInvitationResponseDto[];
  @ApiProperty({ ...DATE_TIME }) createdAt!: string;
  @ApiProperty({ ...DATE_TIME }) updatedAt!: string;
}

export class InvitationConsortiumDto {
  @ApiProperty({ ...UUID }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ACTIONS }) action!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ enum: CONSORTIUM_STATUSES }) status!: string;
}

@ApiExtraModels(ConsortiumOrganisationDto)
export class InvitationDetailResponseDto extends ConsortiumInvitationResponseDto {
  @ApiProperty({ ...nullableRef(ConsortiumOrganisationDto), description: 'The invited organisation' })
  organisation!: ConsortiumOrganisationDto | null;
  @ApiProperty({ type: InvitationConsortiumDto }) consortium!: InvitationConsortiumDto;
  @ApiProperty(nullableRef(ConsortiumOrganisationDto)) coordinator!: ConsortiumOrganisationDto | null;
  @ApiProperty({ type: ConsortiumMemberDto, isArray: true, description: 'Who is in the consortium already' })
  members!: ConsortiumMemberDto[];
}

export class InvitationDecisionResponseDto {
  @ApiProperty({ ...UUID }) consortiumId!: string;
  @ApiProperty({ enum: ['accepted', 'declined'] }) status!: string;
}

export class ConsortiumEventResponseDto {
  @ApiProperty({ type: String, pattern: '^[0-9]+$', example: '42', description: 'Increasing with time' })
  id!: string;
  @ApiProperty({ enum: CONSORTIUM_EVENT_ACTIONS }) action!: string;
  @ApiProperty({ ...UUID, nullable: true, description: 'The user who acted (null once the account is gone)' })
  actorId!: string | null;
  @ApiProperty({ ...UUID, nullable: true, description: 'The organisation they acted for' })
  actorOrganisationId!: string | null;
  @ApiProperty({ ...UUID, nullable: true, description: 'The organisation concerned (invited, joined, left...)' })
  organisationId!: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'The facts of the change: `from`/`to` for status_changed and coordination_handed_over, `role`, ' +
      '`invitationId`, `fields` for edited, `because` when it followed from something else',
    example: { from: 'forming', to: 'ready' },
  })
  detail!: Record<string, unknown>;
  @ApiProperty({ ...DATE_TIME }) createdAt!: string;
}

const toOrganisation = (o: OrganisationFacts): ConsortiumOrganisationDto => ({
  id: o.id,
  name: o.displayName,
  country: o.country,
  organisationType: o.organisationType,
  naceSections: o.naceSections,
});

const toMember = (m: MemberView): ConsortiumMemberDto => ({
  ...toOrganisation(m),
  role: m.role,
  joinedAt: iso(m.joinedAt),
});

export function toInvitationSummary(i: ConsortiumInvitationEntity): ConsortiumInvitationResponseDto {
  return {
    id: i.id,
    consortiumId: i.consortiumId,
    organisationId: i.organisationId,
    role: i.role,
    message: i.message,
    status: i.status,
    answerId: i.answerId,
    createdAt: iso(i.createdAt),
    decidedAt: i.decidedAt ? iso(i.decidedAt) : null,
  };
}

export function toConsortiumResponse(v: ConsortiumView): ConsortiumResponseDto {
  const c = v.consortium;
  const { composition: k } = v;
  return {
    id: c.id,
    name: c.name,
    action: c.action,
    summary: c.summary,
    naDeadline: c.naDeadline,
    status: c.status,
    applicationReference: c.applicationReference,
    coordinatorId: c.coordinatorId,
    fromCallId: c.fromCallId,
    channelId: v.channelId,
    members: v.members.map(toMember),
    eligibility: {
      action: v.eligibility.action,
      eligible: v.eligibility.eligible,
      rules: v.eligibility.rules.map((r) => ({ rule: r.rule, passed: r.passed, reason: r.reason })),
    },
    composition: {
      countries: k.countries,
      naceSections: k.naceSections,
      organisationTypes: k.organisationTypes,
      crossSector: { ...k.crossSector },
      gaps: { ...k.gaps },
    },
    mine: v.mine.map((m) => ({ organisationId: m.organisationId, role: m.role, admin: m.admin })),
    canManage: v.canManage,
    canOpenReplacementCall: v.canOpenReplacementCall,
    pendingInvitations: v.pendingInvitations.map(toInvitationSummary),
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
  };
}

export function toInvitationResponse(v: InvitationView): InvitationDetailResponseDto {
  return {
    ...toInvitationSummary(v.invitation),
    organisation: v.organisation && toOrganisation(v.organisation),
    consortium: {
      id: v.consortium.id,
      name: v.consortium.name,
      action: v.consortium.action,
      summary: v.consortium.summary,
      status: v.consortium.status,
    },
    coordinator: v.coordinator && toOrganisation(v.coordinator),
    members: v.members.map(toMember),
  };
}

/** A page of invitations (one more row than shown when there is a next page). */
export function toInvitationPage(rows: { items: InvitationView[]; more: boolean }): Page<InvitationDetailResponseDto> {
  return timePage(
    { items: rows.items.map((v) => ({ ...v, id: v.invitation.id })), more: rows.more },
    (v) => v.invitation.createdAt,
    toInvitationResponse,
  );
}

export function toInvitationDecisionResponse(d: {
  consortiumId: string;
  status: 'accepted' | 'declined';
}): InvitationDecisionResponseDto {
  return { consortiumId: d.consortiumId, status: d.status };
}

export function toEventResponse(e: ConsortiumEventEntity): ConsortiumEventResponseDto {
  return {
    id: String(e.id),
    action: e.action,
    actorId: e.actorId,
    actorOrganisationId: e.actorOrganisationId,
    organisationId: e.organisationId,
    detail: e.detail,
    createdAt: iso(e.createdAt),
  };
}
