import type { AnswerResponseDto, CallResponseDto, CallSearchResponseDto } from './call-response';
import type { CreateAnswerDto, CreateCallDto } from './call.dto';

// Worked examples for the OpenAPI document, typed by the DTOs they illustrate.

/** The organisations the examples of calls and consortia share. */
export const EXAMPLE_ORGANISATIONS = {
  GR_SCHOOL: '0b7f6c1e-3d2a-4c59-9a57-2f1c8f0e4a11',
  PT_SME: '5e2d9a40-8c1b-4f6e-b7a3-91d04c6f2b28',
} as const;
const { GR_SCHOOL, PT_SME } = EXAMPLE_ORGANISATIONS;
const CALL_ID = '8a1f3c52-6b7d-4e09-a2c4-3d5e6f708192';

export const CREATE_CALL_EXAMPLE: CreateCallDto = {
  organisationId: GR_SCHOOL,
  title: 'Welding apprenticeships for the green transition',
  summary: 'We train welders for offshore wind and seek companies that host apprentices.',
  action: 'KA220-VET',
  topics: ['green_skills', 'apprenticeships'],
  sought: [
    {
      countries: ['PT'],
      naceSections: ['C'],
      organisationTypes: ['sme'],
      count: 1,
      role: 'partner',
      tasks: 'Host apprentices, co-design the welding module',
    },
  ],
  languages: ['en'],
  excludedCountries: ['DE'],
  plannedStart: '2027-11-01',
  durationMonths: 24,
  naDeadline: '2027-03-05',
  answerBy: '2027-02-15',
  open: true,
};

export const CALL_EXAMPLE: CallResponseDto = {
  id: CALL_ID,
  organisation: { id: GR_SCHOOL, name: 'EPAL Thessalonikis', country: 'GR', organisationType: 'vet_provider' },
  kind: 'project',
  urgent: false,
  consortiumId: null,
  status: 'open',
  closedReason: null,
  title: CREATE_CALL_EXAMPLE.title,
  summary: CREATE_CALL_EXAMPLE.summary,
  action: 'KA220-VET',
  topics: CREATE_CALL_EXAMPLE.topics,
  sought: CREATE_CALL_EXAMPLE.sought,
  languages: ['en'],
  excludedCountries: ['DE'],
  plannedStart: '2027-11-01',
  durationMonths: 24,
  naDeadline: '2027-03-05',
  answerBy: '2027-02-15',
  openedAt: '2026-12-01T09:30:00.000Z',
  closedAt: null,
  createdAt: '2026-12-01T09:30:00.000Z',
  updatedAt: '2026-12-01T09:30:00.000Z',
  canManage: true,
  answerCounts: { pending: 2, shortlisted: 1, declined: 0, withdrawn: 0 },
};

export const CREATE_ANSWER_EXAMPLE: CreateAnswerDto = {
  organisationId: PT_SME,
  role: 'partner',
  offer: 'We host four welding apprentices a year and can co-design the module.',
  contact: { name: 'João Silva', email: 'joao.silva@example.pt', phone: null },
};

export const ANSWER_EXAMPLE: AnswerResponseDto = {
  id: '2c4e6a80-1b3d-4f5a-8c7e-9d0f1a2b3c4d',
  callId: CALL_ID,
  organisation: { id: PT_SME, name: 'Metalurgica do Norte', country: 'PT', type: 'sme' },
  role: 'partner',
  offer: CREATE_ANSWER_EXAMPLE.offer,
  contact: { name: 'João Silva', email: 'joao.silva@example.pt', phone: null },
  status: 'pending',
  invitationId: null,
  createdAt: '2026-12-02T10:00:00.000Z',
  updatedAt: '2026-12-02T10:00:00.000Z',
};

export const CALL_SEARCH_EXAMPLE: CallSearchResponseDto = {
  hits: [
    {
      id: CALL_ID,
      title: CALL_EXAMPLE.title,
      action: 'KA220-VET',
      kind: 'project',
      urgent: false,
      topics: CALL_EXAMPLE.topics,
      languages: ['en'],
      soughtCountries: ['PT'],
      soughtNaceSections: ['C'],
      soughtOrganisationTypes: ['sme'],
      soughtRoles: ['partner'],
      organisation: { id: GR_SCHOOL, name: 'EPAL Thessalonikis', country: 'GR' },
      naDeadline: '2027-03-05',
      answerBy: '2027-02-15',
      plannedStart: '2027-11-01',
      highlight: {
        title: '<mark>Welding</mark> apprenticeships for the green transition',
        summary: 'We train <mark>welders</mark> for offshore wind…',
      },
    },
  ],
  facets: { action: { 'KA220-VET': 1 } },
  page: 1,
  pageSize: 20,
  totalHits: 1,
  totalPages: 1,
};
