import { ApiProperty } from '@nestjs/swagger';
import {
  ACTIONS,
  ACTIVITY_KINDS,
  RESULT_TYPES,
  WORKPLAN_AIMS,
  WORKPLAN_FRAMES,
  WORKPLAN_RULE_IDS,
} from '@syndesmos/taxonomies';
import type { ChangeEntry, PartnerView, WorkplanView } from '@syndesmos/workplans';
import { COUNTRY_CODE, DATE_TIME, nullableEnum, UUID } from '../common/openapi-fields';

// What the workplan operations answer: the documented classes and the pure mappings to them.
// Every part carries its `version` (send it back to change it) and whether you may edit it.

const WORKPLAN_FRAMES_VIEW = Object.fromEntries(
  Object.entries(WORKPLAN_FRAMES).map(([action, f]) => [
    action,
    {
      lumpSums: [...f.lumpSums],
      minDurationMonths: f.durationMonths.min,
      maxDurationMonths: f.durationMonths.max,
      workPackages: f.workPackages,
      source: f.source,
    },
  ]),
) as Record<
  keyof typeof WORKPLAN_FRAMES,
  { lumpSums: number[]; minDurationMonths: number; maxDurationMonths: number; workPackages: boolean; source: string }
>;

const iso = (d: Date): string => new Date(d).toISOString();
const NULLABLE_UUID = { type: String, format: 'uuid', nullable: true } as const;
const INT = { type: 'integer' } as const;
const IDS = { type: String, format: 'uuid', isArray: true } as const;

class PartDto {
  @ApiProperty({ ...UUID }) id!: string;
  @ApiProperty({ ...INT, minimum: 1 }) version!: number;
  @ApiProperty({ ...DATE_TIME }) updatedAt!: string;
  @ApiProperty({ description: 'You may change or remove it' }) editable!: boolean;
}

export class WorkPackageResponseDto extends PartDto {
  @ApiProperty({ ...INT, minimum: 1, description: 'WP1 is project management' }) number!: number;
  @ApiProperty({ description: 'WP1, project management: always there, never removed' }) management!: boolean;
  @ApiProperty() title!: string;
  @ApiProperty() objectives!: string;
  @ApiProperty() indicators!: string;
  @ApiProperty({ ...NULLABLE_UUID }) leadOrganisationId!: string | null;
  @ApiProperty({ ...IDS }) participantIds!: string[];
  @ApiProperty({ ...INT, description: 'Its share of the lump sum, euro' }) amount!: number;
}

export class ActivityResponseDto extends PartDto {
  @ApiProperty({ ...NULLABLE_UUID }) workPackageId!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: ACTIVITY_KINDS }) kind!: string;
  @ApiProperty({ ...NULLABLE_UUID }) leadOrganisationId!: string | null;
  @ApiProperty({ ...IDS }) participantIds!: string[];
  @ApiProperty({ ...INT }) startMonth!: number;
  @ApiProperty({ ...INT }) endMonth!: number;
  @ApiProperty() expectedResults!: string;
  @ApiProperty({ ...INT }) amount!: number;
}

export class ResultResponseDto extends PartDto {
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: RESULT_TYPES }) type!: string;
  @ApiProperty({ type: String, isArray: true }) languages!: string[];
  @ApiProperty({ type: String, isArray: true }) targetGroups!: string[];
  @ApiProperty({ ...NULLABLE_UUID }) leadOrganisationId!: string | null;
  @ApiProperty({ ...IDS }) contributorIds!: string[];
  @ApiProperty({ ...INT }) dueMonth!: number;
  @ApiProperty({ ...IDS, description: 'Activities that produce it' }) activityIds!: string[];
}

export class EventResponseDto extends PartDto {
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ ...NULLABLE_UUID }) hostOrganisationId!: string | null;
  @ApiProperty({ ...COUNTRY_CODE }) country!: string;
  @ApiProperty({ ...INT }) month!: number;
  @ApiProperty({ ...INT }) participantsLocal!: number;
  @ApiProperty({ ...INT }) participantsInternational!: number;
  @ApiProperty({ ...IDS, description: 'Results it presents' }) resultIds!: string[];
}

export class FrameResponseDto {
  @ApiProperty({ ...INT, nullable: true, description: 'Euro; null until chosen' }) lumpSum!: number | null;
  @ApiProperty({ ...INT, nullable: true }) durationMonths!: number | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) plannedStart!: string | null;
  @ApiProperty(nullableEnum(WORKPLAN_AIMS)) aim!: string | null;
  @ApiProperty() summary!: string;
  @ApiProperty({ ...INT, minimum: 1, description: 'The frame’s version' }) version!: number;
  @ApiProperty({ ...DATE_TIME }) updatedAt!: string;
  @ApiProperty() editable!: boolean;
}

export class ActionFrameDto {
  @ApiProperty({ ...INT, isArray: true }) lumpSums!: number[];
  @ApiProperty({ ...INT }) minDurationMonths!: number;
  @ApiProperty({ ...INT }) maxDurationMonths!: number;
  @ApiProperty({ description: 'Made of work packages (KA220-VET) or of activities directly (KA210-VET)' })
  workPackages!: boolean;
  @ApiProperty({ description: 'Where these values come from' }) source!: string;
}

export class RuleItemDto {
  @ApiProperty({ enum: ['work_package', 'activity', 'result', 'event', 'member'] }) part!: string;
  @ApiProperty({ ...UUID }) id!: string;
}

export class WorkplanRuleResultDto {
  @ApiProperty({ enum: WORKPLAN_RULE_IDS }) rule!: string;
  @ApiProperty({ enum: ['error', 'warning'] }) severity!: string;
  @ApiProperty() passed!: boolean;
  @ApiProperty({ description: 'Why, in your language' }) reason!: string;
  @ApiProperty({ type: RuleItemDto, isArray: true, description: 'The parts (or members) it fails on' })
  items!: RuleItemDto[];
  @ApiProperty({ description: 'The Programme Guide edition the rule comes from' }) source!: string;
}

export class WorkplanReportDto {
  @ApiProperty({ description: 'No error-severity rule fails' }) passed!: boolean;
  @ApiProperty({ ...INT }) errors!: number;
  @ApiProperty({ ...INT }) warnings!: number;
  @ApiProperty({ ...INT, nullable: true }) lumpSum!: number | null;
  @ApiProperty({ ...INT, description: 'What the work packages (KA220-VET) or activities (KA210-VET) add up to' })
  allocated!: number;
  @ApiProperty({ type: WorkplanRuleResultDto, isArray: true }) rules!: WorkplanRuleResultDto[];
}

class PartnerLeadsDto {
  @ApiProperty({ ...IDS }) workPackages!: string[];
  @ApiProperty({ ...IDS }) activities!: string[];
  @ApiProperty({ ...IDS }) results!: string[];
  @ApiProperty({ ...IDS }) events!: string[];
}

class PartnerTakesPartDto {
  @ApiProperty({ ...IDS }) workPackages!: string[];
  @ApiProperty({ ...IDS }) activities!: string[];
  @ApiProperty({ ...IDS }) results!: string[];
}

export class PartnerViewDto {
  @ApiProperty({ ...UUID }) organisationId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ ...COUNTRY_CODE }) country!: string;
  @ApiProperty({ enum: ['coordinator', 'partner', 'associated_partner'] }) consortiumRole!: string;
  @ApiProperty({
    type: String,
    isArray: true,
    description:
      'work_package_lead, work_package_participant, activity_lead, activity_participant, result_lead, ' +
      'result_contributor, event_host',
  })
  roles!: string[];
  @ApiProperty({ type: PartnerLeadsDto }) leads!: PartnerLeadsDto;
  @ApiProperty({ type: PartnerTakesPartDto }) takesPart!: PartnerTakesPartDto;
  @ApiProperty({ ...INT, isArray: true, description: 'Months in which it leads or takes part in an activity' })
  activeMonths!: number[];
  @ApiProperty({
    type: 'number',
    description:
      'Its share of the lump sum, euro: each activity’s amount split equally between its lead and participants, ' +
      'and what a work package holds beyond its activities split between the package’s lead and participants',
  })
  budget!: number;
}

export class WorkplanResponseDto {
  @ApiProperty({ ...UUID }) consortiumId!: string;
  @ApiProperty({ enum: ACTIONS }) action!: string;
  @ApiProperty({ description: 'You administer the coordinator and may edit everything' }) canManage!: boolean;
  @ApiProperty({ type: ActionFrameDto, description: 'What the action allows' }) allowed!: ActionFrameDto;
  @ApiProperty({ type: FrameResponseDto }) frame!: FrameResponseDto;
  @ApiProperty({ type: WorkPackageResponseDto, isArray: true, description: 'KA220-VET; empty for KA210-VET' })
  workPackages!: WorkPackageResponseDto[];
  @ApiProperty({ type: ActivityResponseDto, isArray: true }) activities!: ActivityResponseDto[];
  @ApiProperty({ type: ResultResponseDto, isArray: true }) results!: ResultResponseDto[];
  @ApiProperty({ type: EventResponseDto, isArray: true }) events!: EventResponseDto[];
  @ApiProperty({ type: WorkplanReportDto, description: 'The plan checked against the programme’s rules' })
  report!: WorkplanReportDto;
  @ApiProperty({ type: PartnerViewDto, isArray: true, description: 'One per member' }) partners!: PartnerViewDto[];
}

export class CreatedPartResponseDto {
  @ApiProperty({ ...UUID }) id!: string;
  @ApiProperty({ type: WorkplanResponseDto, description: 'The whole plan after the change' })
  workplan!: WorkplanResponseDto;
}

export class WorkplanChangeResponseDto {
  @ApiProperty({ example: '42' }) id!: string;
  @ApiProperty({ enum: ['frame', 'work_package', 'activity', 'result', 'event'] }) part!: string;
  @ApiProperty({ ...NULLABLE_UUID }) partId!: string | null;
  @ApiProperty({ enum: ['created', 'updated', 'deleted'] }) action!: string;
  @ApiProperty({ ...NULLABLE_UUID }) actorId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorName!: string | null;
  @ApiProperty({ ...NULLABLE_UUID, description: 'The organisation they acted for' })
  actorOrganisationId!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: '`title`, and `fields` changed' })
  detail!: Record<string, unknown>;
  @ApiProperty({ ...DATE_TIME }) createdAt!: string;
}

export function toWorkplanResponse(v: WorkplanView): WorkplanResponseDto {
  const p = v.plan;
  const part = <T extends { id: string; updatedAt: Date }>(x: T) => ({
    ...x,
    updatedAt: iso(x.updatedAt),
    editable: v.editable.has(x.id),
  });
  const allowed = WORKPLAN_FRAMES_VIEW[p.action];
  return {
    consortiumId: p.consortiumId,
    action: p.action,
    canManage: v.canManage,
    allowed,
    frame: {
      lumpSum: p.lumpSum,
      durationMonths: p.durationMonths,
      plannedStart: p.plannedStart,
      aim: p.aim,
      summary: p.summary,
      version: p.version,
      updatedAt: iso(p.updatedAt),
      editable: v.editable.has('frame'),
    },
    workPackages: p.workPackages.map(part),
    activities: p.activities.map(part),
    results: p.results.map(part),
    events: p.events.map(part),
    report: v.report,
    partners: v.partners.map((x: PartnerView) => ({ ...x })),
  };
}

export function toChangeResponse(c: ChangeEntry): WorkplanChangeResponseDto {
  return {
    id: c.id,
    part: c.part,
    partId: c.partId,
    action: c.action,
    actorId: c.actorId,
    actorName: c.actorName,
    actorOrganisationId: c.actorOrganisationId,
    detail: c.detail,
    createdAt: iso(c.createdAt),
  };
}
