// Typical requests, shown in the OpenAPI document.
const PT = '5b1d6a3e-2c4f-4e8a-9b7d-1f0e3c2a4b6d';
const ES = '7c2e8b4f-3d5a-4f9b-8c6e-2a1f4d3b5c7e';

export const WORK_PACKAGE_EXAMPLE = {
  title: 'Curriculum for green welding',
  objectives: 'A shared EQF 4 curriculum for welding on offshore wind structures',
  indicators: '1 curriculum in 4 languages, validated by 3 employers',
  leadOrganisationId: PT,
  participantIds: [ES],
  amount: 90000,
};

export const ACTIVITY_EXAMPLE = {
  workPackageId: '9d3f0c5a-4e6b-4a0c-9d7f-3b2a5e4c6d8f',
  title: 'Draft the curriculum',
  description: 'Partners map the skills and write the modules',
  kind: 'result_development',
  leadOrganisationId: PT,
  participantIds: [ES],
  startMonth: 3,
  endMonth: 12,
  expectedResults: 'Curriculum draft',
  amount: 60000,
};

export const RESULT_EXAMPLE = {
  title: 'Green welding curriculum',
  type: 'curriculum',
  languages: ['en', 'pt', 'es', 'el'],
  targetGroups: ['ivet_learners', 'vet_teachers_trainers'],
  leadOrganisationId: PT,
  contributorIds: [ES],
  dueMonth: 14,
  activityIds: ['0e4a1d6b-5f7c-4b1d-8e0a-4c3b6f5d7e9a'],
};

export const EVENT_EXAMPLE = {
  title: 'Multiplier event in Seville',
  hostOrganisationId: ES,
  country: 'ES',
  month: 22,
  participantsLocal: 40,
  participantsInternational: 10,
  resultIds: ['1f5b2e7c-6a8d-4c2e-9f1b-5d4c7a6e8f0b'],
};
