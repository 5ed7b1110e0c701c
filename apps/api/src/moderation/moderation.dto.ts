import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import type { NamedAuditEntry, QueueItem, QueueStats } from '@syndesmos/organisations';
import { PageOf } from '../common/page.dto';
import { PageQueryDto } from '../common/pagination';
import { IsCountryCode } from '../common/taxonomy.validators';
import { LIMITS } from '../organisations/organisation.dto';
import {
  AuditEntryDto,
  FieldChangeDto,
  encodeAuditCursor,
  toAuditResponse,
} from '../organisations/organisation-response.dto';
import { taxonomyCode } from '../taxonomies/taxonomy-codes';

const KINDS = ['submission', 'revision', 'report'] as const;

export class QueueQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ minLength: 2, maxLength: 2, description: 'One of the countries you moderate', example: 'GR' })
  @IsOptional()
  @IsCountryCode()
  country?: string;

  @ApiPropertyOptional({ enum: KINDS, description: 'Only this kind of item' })
  @IsOptional()
  @IsIn(KINDS)
  kind?: (typeof KINDS)[number];
}

export class CountryQueryDto {
  @ApiPropertyOptional({
    minLength: 2,
    maxLength: 2,
    description: 'One of the countries you moderate; all of them when absent',
    example: 'GR',
  })
  @IsOptional()
  @IsCountryCode()
  country?: string;
}

export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    minLength: 2,
    maxLength: 2,
    description: 'One of the countries you moderate; all of them when absent',
    example: 'GR',
  })
  @IsOptional()
  @IsCountryCode()
  country?: string;
}

export class ReasonDto {
  @ApiProperty({
    minLength: 1,
    maxLength: LIMITS.reason,
    description: 'Shown to the organisation’s members',
    example: 'The OID does not match the legal name.',
  })
  @IsString()
  @Length(1, LIMITS.reason)
  reason!: string;
}

export class OptionalNoteDto {
  @ApiPropertyOptional({
    maxLength: LIMITS.reason,
    description: 'Kept in the audit trail',
    example: 'OID checked against the Organisation Registration System.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.reason)
  note?: string;
}

export class ReportSummaryDto {
  @ApiProperty(taxonomyCode('ReportCategoryCode', { example: 'inaccurate_information' })) category!: string;
  @ApiProperty({ maxLength: LIMITS.reportText, description: 'What the reporter wrote, as plain text' }) text!: string;
}

export class QueueItemDto {
  @ApiProperty({ enum: KINDS, example: 'submission' }) kind!: string;
  @ApiProperty({ format: 'uuid', description: 'Organisation id (submission), revision id or report id' }) id!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty(taxonomyCode('CountryCode', { example: 'GR' })) country!: string;
  @ApiProperty({ example: 'IEK Athens' }) displayName!: string;
  @ApiProperty({ format: 'date-time' }) waitingSince!: string;
  @ApiPropertyOptional({ type: [FieldChangeDto], description: 'Revisions only: live value → proposed value' })
  changes?: FieldChangeDto[];
  @ApiPropertyOptional({ type: ReportSummaryDto, description: 'Reports only' })
  report?: ReportSummaryDto;
}

export class QueuePageDto extends PageOf(QueueItemDto) {}

export class QueueStatsDto {
  @ApiProperty({ type: 'integer', minimum: 0 }) submissions!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) revisions!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) reports!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'submissions + revisions + reports' }) pending!: number;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) oldestWaitingSince!: string | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: 0,
    description: 'Median hours from waiting to decision, last 90 days',
  })
  medianHoursToDecision!: number | null;
  @ApiProperty({ type: 'integer', minimum: 0 }) decisionsLast90Days!: number;
}

export function toQueueItemResponse(i: QueueItem): QueueItemDto {
  return {
    kind: i.kind,
    id: i.id,
    organisationId: i.organisationId,
    country: i.country,
    displayName: i.displayName,
    waitingSince: i.waitingSince.toISOString(),
    ...(i.changes ? { changes: i.changes.map((c) => ({ field: c.field, before: c.before, after: c.after })) } : {}),
    ...(i.report ? { report: { category: i.report.category, text: i.report.text } } : {}),
  };
}

export function toQueueStatsResponse(s: QueueStats): QueueStatsDto {
  return {
    submissions: s.submissions,
    revisions: s.revisions,
    reports: s.reports,
    pending: s.submissions + s.revisions + s.reports,
    oldestWaitingSince: s.oldestWaitingSince ? new Date(s.oldestWaitingSince).toISOString() : null,
    medianHoursToDecision: s.medianHoursToDecision,
    decisionsLast90Days: s.decisionsLast90Days,
  };
}

/** An entry of the NA audit log: the trail's entry with the names its readers need. */
export class ModerationAuditEntryDto extends AuditEntryDto {
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'IEK Athens',
    description: 'The organisation’s display name today; null if it no longer exists',
  })
  organisationName!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Eleni Georgiou',
    description: 'Who acted, by the name their account carries; null once the account is deleted',
  })
  actorName!: string | null;
}

export class ModerationAuditPageDto extends PageOf(ModerationAuditEntryDto) {}

export function toModerationAuditPage(rows: NamedAuditEntry[], limit: number): ModerationAuditPageDto {
  const last = rows[rows.length - 1];
  return {
    items: rows.map((r) => ({ ...toAuditResponse(r), organisationName: r.organisationName, actorName: r.actorName })),
    nextCursor: rows.length === limit && last ? encodeAuditCursor(last.id) : null,
  };
}
