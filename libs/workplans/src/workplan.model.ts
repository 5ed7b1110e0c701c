import type { ConsortiumRole } from '@syndesmos/consortia';
import type { Action, ActivityKind, ResultType, WorkplanAim } from '@syndesmos/taxonomies';

// A consortium's workplan as the domain sees it: plain data, assembled by the repository and
// checked by the pure rules. Organisation ids always name current members of the consortium.

export interface WorkplanMember {
  organisationId: string;
  name: string;
  country: string;
  role: ConsortiumRole;
}

export interface WorkPackage {
  id: string;
  /** WP1 is project management; the others follow in the order they were created. */
  number: number;
  management: boolean;
  title: string;
  objectives: string;
  indicators: string;
  leadOrganisationId: string | null;
  participantIds: string[];
  amount: number;
  version: number;
  updatedAt: Date;
}

export interface Activity {
  id: string;
  workPackageId: string | null;
  title: string;
  description: string;
  kind: ActivityKind;
  leadOrganisationId: string | null;
  participantIds: string[];
  startMonth: number;
  endMonth: number;
  expectedResults: string;
  amount: number;
  version: number;
  updatedAt: Date;
}

export interface ProjectResult {
  id: string;
  title: string;
  description: string;
  type: ResultType;
  languages: string[];
  targetGroups: string[];
  leadOrganisationId: string | null;
  contributorIds: string[];
  dueMonth: number;
  activityIds: string[];
  version: number;
  updatedAt: Date;
}

export interface WorkplanEvent {
  id: string;
  title: string;
  description: string;
  hostOrganisationId: string | null;
  country: string;
  month: number;
  participantsLocal: number;
  participantsInternational: number;
  resultIds: string[];
  version: number;
  updatedAt: Date;
}

export interface WorkplanFrameValues {
  lumpSum: number | null;
  durationMonths: number | null;
  plannedStart: string | null;
  aim: WorkplanAim | null;
  summary: string;
}

export interface Workplan extends WorkplanFrameValues {
  consortiumId: string;
  action: Action;
  coordinatorId: string;
  version: number;
  updatedAt: Date;
  members: WorkplanMember[];
  workPackages: WorkPackage[];
  activities: Activity[];
  results: ProjectResult[];
  events: WorkplanEvent[];
}

export type WorkplanPart = 'frame' | 'work_package' | 'activity' | 'result' | 'event';
