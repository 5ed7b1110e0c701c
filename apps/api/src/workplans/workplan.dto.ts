import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  ACTIVITY_KINDS,
  isCountryCode,
  isLanguageCode,
  MAX_PROJECT_MONTHS,
  RESULT_TYPES,
  TARGET_GROUPS,
  WORKPLAN_AIMS,
  WORKPLAN_FRAMES,
  type ActivityKind,
  type ResultType,
  type WorkplanAim,
} from '@syndesmos/taxonomies';
import { COUNTRY_CODE, LANGUAGE_CODE } from '../common/openapi-fields';
import { IsTaxonomyCode } from '../common/taxonomy.validators';
import { Nullable, Optional, PatchType } from '../common/validation';

// What the workplan operations accept. Every write to an existing part carries the `version`
// it was read at; limits here are the ones the OpenAPI document shows.

const MAX_LUMP_SUM = Math.max(...Object.values(WORKPLAN_FRAMES).flatMap((f) => f.lumpSums));
const LUMP_SUMS = [...new Set(Object.values(WORKPLAN_FRAMES).flatMap((f) => f.lumpSums))].sort((a, b) => a - b);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TARGET_GROUP_CODES = Object.keys(TARGET_GROUPS);

const Month = (description: string) => (target: object, key: string) => {
  ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_PROJECT_MONTHS, description })(target, key);
  IsInt()(target, key);
  Min(1)(target, key);
  Max(MAX_PROJECT_MONTHS)(target, key);
};
const Amount = () => (target: object, key: string) => {
  ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: MAX_LUMP_SUM, description: 'Euro' })(target, key);
  Optional()(target, key);
  IsInt()(target, key);
  Min(0)(target, key);
  Max(MAX_LUMP_SUM)(target, key);
};
const Title = () => (target: object, key: string) => {
  ApiProperty({ minLength: 2, maxLength: 200 })(target, key);
  IsString()(target, key);
  Length(2, 200)(target, key);
};
const Text = (max: number) => (target: object, key: string) => {
  ApiPropertyOptional({ maxLength: max })(target, key);
  Optional()(target, key);
  IsString()(target, key);
  MaxLength(max)(target, key);
};
const Organisation = (description: string) => (target: object, key: string) => {
  ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description })(target, key);
  Optional()(target, key);
  Nullable()(target, key);
  IsUUID()(target, key);
};
const Ids =
  (description: string, max = 50) =>
  (target: object, key: string) => {
    ApiPropertyOptional({
      type: String,
      format: 'uuid',
      isArray: true,
      maxItems: max,
      uniqueItems: true,
      description: `${description}: a set (a repeated id counts once; the order is not kept)`,
    })(target, key);
    Optional()(target, key);
    IsArray()(target, key);
    ArrayMaxSize(max)(target, key);
    IsUUID('all', { each: true })(target, key);
  };

const Version = () => (target: object, key: string) => {
  ApiProperty({ type: 'integer', minimum: 1, description: 'The version you read (409 VERSION_CONFLICT when stale)' })(
    target,
    key,
  );
  IsInt()(target, key);
  Min(1)(target, key);
};

export class VersionDto {
  @Version() version!: number;
}

export class VersionQueryDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The version of the part you read' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version!: number;
}

export class UpdateFrameDto extends VersionDto {
  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    enum: LUMP_SUMS,
    description: 'One of the action’s lump sums (KA220-VET 120,000, 250,000, 400,000; KA210-VET 30,000, 60,000)',
  })
  @Optional()
  @Nullable()
  @IsInt()
  lumpSum?: number | null;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 6,
    maximum: MAX_PROJECT_MONTHS,
    description: 'Within the action’s range (KA220-VET 12–36, KA210-VET 6–24)',
  })
  @Optional()
  @Nullable()
  @IsInt()
  @Min(1)
  @Max(MAX_PROJECT_MONTHS)
  durationMonths?: number | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2027-09-01' })
  @Optional()
  @Nullable()
  @Matches(DAY, { message: 'plannedStart must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  plannedStart?: string | null;

  @ApiPropertyOptional({ enum: WORKPLAN_AIMS, nullable: true, description: 'The partnership’s aim (strand)' })
  @Optional()
  @Nullable()
  @IsIn(WORKPLAN_AIMS)
  aim?: WorkplanAim | null;

  @Text(5000) summary?: string;
}

export class CreateWorkPackageDto {
  @Title() title!: string;
  @Text(5000) objectives?: string;
  @Text(5000) indicators?: string;
  @Organisation('The leading member organisation') leadOrganisationId?: string | null;
  @Ids('Participating member organisations') participantIds?: string[];
  @Amount() amount?: number;
}

export class UpdateWorkPackageDto extends PatchType(CreateWorkPackageDto) {
  @Version() version!: number;
}

export class CreateActivityDto {
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Its work package (KA220-VET, required); null in a KA210-VET plan',
  })
  @Optional()
  @Nullable()
  @IsUUID()
  workPackageId?: string | null;

  @Title() title!: string;
  @Text(5000) description?: string;
  @ApiProperty({ enum: ACTIVITY_KINDS }) @IsIn(ACTIVITY_KINDS) kind!: ActivityKind;
  @Organisation('The leading member organisation') leadOrganisationId?: string | null;
  @Ids('Participating member organisations') participantIds?: string[];
  @Month('First month of the project it runs in (month 1 is the start)') startMonth!: number;
  @Month('Last month it runs in') endMonth!: number;
  @Text(5000) expectedResults?: string;
  @Amount() amount?: number;
}

export class UpdateActivityDto extends PatchType(CreateActivityDto) {
  @Version() version!: number;
}

export class CreateResultDto {
  @Title() title!: string;
  @Text(5000) description?: string;
  @ApiProperty({ enum: RESULT_TYPES }) @IsIn(RESULT_TYPES) type!: ResultType;

  @ApiPropertyOptional({ ...LANGUAGE_CODE, isArray: true, maxItems: 30 })
  @Optional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsTaxonomyCode(isLanguageCode, 'language')
  languages?: string[];

  @ApiPropertyOptional({ enum: TARGET_GROUP_CODES, isArray: true, maxItems: 20 })
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsIn(TARGET_GROUP_CODES, { each: true })
  targetGroups?: string[];

  @Organisation('The leading member organisation') leadOrganisationId?: string | null;
  @Ids('Contributing member organisations') contributorIds?: string[];
  @Month('The month it is due') dueMonth!: number;
  @Ids('Activities of this plan that produce it', 100) activityIds?: string[];
}

export class UpdateResultDto extends PatchType(CreateResultDto) {
  @Version() version!: number;
}

export class CreateEventDto {
  @Title() title!: string;
  @Text(5000) description?: string;
  @Organisation('The hosting member organisation') hostOrganisationId?: string | null;
  @ApiProperty({ ...COUNTRY_CODE }) @IsTaxonomyCode(isCountryCode, 'country') country!: string;
  @Month('The month it takes place') month!: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 100000, description: 'Planned local participants' })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(100000)
  participantsLocal?: number;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: 100000,
    description: 'Planned international participants',
  })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(100000)
  participantsInternational?: number;

  @Ids('Results of this plan it presents', 100) resultIds?: string[];
}

export class UpdateEventDto extends PatchType(CreateEventDto) {
  @Version() version!: number;
}

export const CHECKED_PARTS = ['frame', 'work_package', 'activity', 'result', 'event'] as const;

export class CheckWorkplanDto {
  @ApiProperty({ enum: CHECKED_PARTS, description: 'The kind of part being edited' })
  @IsIn(CHECKED_PARTS)
  part!: (typeof CHECKED_PARTS)[number];

  @ApiPropertyOptional({ type: String, format: 'uuid', description: 'The part being changed; leave out for a new one' })
  @Optional()
  @IsUUID()
  id?: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'The body its write would send, checked the same way: UpdateFrameDto for the frame, Create…Dto for a new ' +
      'part, Update…Dto (with `version`) for a changed one. Field problems name its fields as that write does.',
  })
  @IsObject()
  values!: Record<string, unknown>;
}
