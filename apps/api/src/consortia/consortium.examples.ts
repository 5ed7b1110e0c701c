import { EXAMPLE_ORGANISATIONS } from '../calls/call.examples';
import type { CreateConsortiumDto, InviteOrganisationDto } from './consortium.dto';
import type {
  ConsortiumEventResponseDto,
  ConsortiumInvitationResponseDto,
  ConsortiumResponseDto,
  InvitationDetailResponseDto,
} from './consortium-response';

// Worked examples for the OpenAPI document, typed by the DTOs they illustrate.

const CONSORTIUM_ID = '3f9a2b1c-7d6e-4a5b-9c8d-1e2f3a4b5c6d';
const { GR_SCHOOL, PT_SME } = EXAMPLE_ORGANISATIONS;
const AT = '2026-12-01T09:30:00.000Z';

export const CREATE_CONSORTIUM_EXAMPLE: CreateConsortiumDto = {
  organisationId: GR_SCHOOL,
  name: 'Green welding skills',
  action: 'KA220-VET',
  summary: 'Welding curricula for offshore wind, co-designed with employers.',
  naDeadline: '2027-03-05',
};

export const INVITE_EXAMPLE: InviteOrganisationDto = {
  organisationId: PT_SME,
  role: 'partner',
  message: 'Would you host apprentices in our welding project?',
};

export const INVITATION_EXAMPLE: ConsortiumInvitationResponseDto = {
  id: '7c6b5a49-3827-4615-a4b3-c2d1e0f9a8b7',
  consortiumId: CONSORTIUM_ID,
  organisationId: PT_SME,
  role: 'partner',
  message: INVITE_EXAMPLE.message ?? null,
  status: 'pending',
  answerId: null,
  createdAt: AT,
  decidedAt: null,
};

const COORDINATOR = {
  id: GR_SCHOOL,
  name: 'EPAL Thessalonikis',
  country: 'GR',
  organisationType: 'vet_provider',
  naceSections: ['P'],
};

export const CONSORTIUM_EXAMPLE: ConsortiumResponseDto = {
  id: CONSORTIUM_ID,
  name: CREATE_CONSORTIUM_EXAMPLE.name,
  action: 'KA220-VET',
  summary: CREATE_CONSORTIUM_EXAMPLE.summary ?? '',
  naDeadline: '2027-03-05',
  status: 'forming',
  applicationReference: null,
  coordinatorId: GR_SCHOOL,
  fromCallId: null,
  channelId: '9e8d7c6b-5a49-4382-9716-a5b4c3d2e1f0',
  members: [{ ...COORDINATOR, role: 'coordinator', joinedAt: AT }],
  eligibility: {
    action: 'KA220-VET',
    eligible: false,
    rules: [
      {
        rule: 'min_organisations',
        passed: false,
        reason: '1 of at least 3 organisations (associated partners do not count)',
      },
      { rule: 'min_eligible_countries', passed: false, reason: '1 of at least 3 different eligible countries (GR)' },
      { rule: 'coordinator_eligible', passed: true, reason: 'the coordinator is in GR, an eligible country' },
    ],
  },
  composition: {
    countries: { GR: 1 },
    naceSections: { P: 1 },
    organisationTypes: { vet_provider: 1 },
    crossSector: { vetProvider: true, enterpriseOrSocialPartner: false, met: false },
    gaps: {
      organisations: 2,
      eligibleCountries: 2,
      soughtCountries: ['PT'],
      soughtNaceSections: ['C'],
      soughtOrganisationTypes: ['sme'],
    },
  },
  mine: [{ organisationId: GR_SCHOOL, role: 'coordinator', admin: true }],
  canManage: true,
  canOpenReplacementCall: false,
  pendingInvitations: [INVITATION_EXAMPLE],
  createdAt: AT,
  updatedAt: AT,
};

export const INVITATION_DETAIL_EXAMPLE: InvitationDetailResponseDto = {
  ...INVITATION_EXAMPLE,
  organisation: {
    id: PT_SME,
    name: 'Metalurgica do Norte',
    country: 'PT',
    organisationType: 'sme',
    naceSections: ['C'],
  },
  consortium: {
    id: CONSORTIUM_ID,
    name: CONSORTIUM_EXAMPLE.name,
    action: 'KA220-VET',
    summary: CONSORTIUM_EXAMPLE.summary,
    status: 'forming',
  },
  coordinator: COORDINATOR,
  members: CONSORTIUM_EXAMPLE.members,
};

export const EVENT_EXAMPLE: ConsortiumEventResponseDto = {
  id: '42',
  action: 'invited',
  actorId: 'd4c3b2a1-0f9e-48d7-b6c5-a4b3c2d1e0f9',
  actorOrganisationId: GR_SCHOOL,
  organisationId: PT_SME,
  detail: { role: 'partner', invitationId: INVITATION_EXAMPLE.id },
  createdAt: AT,
};
