import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { PageQueryDto } from '../common/pagination';
import { IsCountryCode } from '../common/taxonomy.validators';
import { LIMITS } from '../organisations/organisation.dto';
import { FieldChangeDto } from '../organisations/organisation-response.dto';

const KINDS = ['submission', 'revision', 'report'] as const;

export class QueueQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'One of the countries you moderate' })
  @IsOptional()
  @IsCountryCode()
  country?: string;

  @ApiPropertyOptional({ enum: KINDS })
  @IsOptional()
  @IsIn(KINDS)
  kind?: (typeof KINDS)[number];
}

export class CountryQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsCountryCode()
  country?: string;
}

export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsCountryCode()
  country?: string;
}

export class ReasonDto {
  @ApiProperty({ maxLength: LIMITS.reason })
  @IsString()
  @Length(1, LIMITS.reason)
  reason!: string;
}

export class OptionalNoteDto {
  @ApiPropertyOptional({ maxLength: LIMITS.reason })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.reason)
  note?: string;
}

export class QueueItemDto {
  @ApiProperty({ enum: KINDS }) kind!: string;
  @ApiProperty({ description: 'Organisation id (submission), revision id or report id' }) id!: string;
  @ApiProperty() organisationId!: string;
  @ApiProperty() country!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty() waitingSince!: string;
  @ApiPropertyOptional({ type: [FieldChangeDto], description: 'For revisions: live value → proposed value' })
  changes?: FieldChangeDto[];
  @ApiPropertyOptional() report?: { category: string; text: string };
}

export class QueuePageDto {
  @ApiProperty({ type: [QueueItemDto] }) items!: QueueItemDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class QueueStatsDto {
  @ApiProperty() submissions!: number;
  @ApiProperty() revisions!: number;
  @ApiProperty() reports!: number;
  @ApiProperty() pending!: number;
  @ApiProperty({ nullable: true, type: String }) oldestWaitingSince!: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Median hours from waiting to decision, last 90 days' })
  medianHoursToDecision!: number | null;
  @ApiProperty() decisionsLast90Days!: number;
}
