import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  ACTIONS,
  ANSWER_STATUSES,
  CALL_KINDS,
  CLOSED_REASONS,
  INVITED_ROLES,
  type Action,
  type AnswerStatus,
  type CallKind,
  type ClosedReason,
  type InvitedRole,
} from '@syndesmos/consortia';
import { CALL_FACETS, type CallFacet, type CallSort } from '@syndesmos/search';
import { isLanguageCode, isNaceSection, isOrganisationType, isTopic } from '@syndesmos/taxonomies';
import { PageQueryDto } from '../common/pagination';
import { bool, countryList, FacetList, list, SearchPageQueryDto } from '../common/query-params';
import { IsCountryCode, IsTaxonomyCode } from '../common/taxonomy.validators';
import {
  COUNTRY_CODE,
  LANGUAGE_CODE,
  NACE_SECTION_CODE,
  ORGANISATION_TYPE_CODE,
  PHONE,
  PHONE_PATTERN,
  TOPIC_CODE,
} from '../common/openapi-fields';
import { Nullable, Optional, PatchType } from '../common/validation';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = () => Matches(DAY, { message: '$property must be a date as YYYY-MM-DD' });

export class SoughtPartnerDto {
  @ApiProperty({
    type: [String],
    maxItems: 60,
    uniqueItems: true,
    description: 'ISO 3166-1 alpha-2 country codes; empty means any country',
  })
  @ArrayMaxSize(60)
  @ArrayUnique()
  @IsCountryCode()
  countries!: string[];

  @ApiProperty({
    ...NACE_SECTION_CODE,
    isArray: true,
    maxItems: 21,
    uniqueItems: true,
    description: 'NACE sections; empty means any sector',
  })
  @ArrayMaxSize(21)
  @ArrayUnique()
  @IsTaxonomyCode(isNaceSection, 'NACE section')
  naceSections!: string[];

  @ApiProperty({
    ...ORGANISATION_TYPE_CODE,
    isArray: true,
    maxItems: 20,
    uniqueItems: true,
    description: 'Organisation types; empty means any type',
  })
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsTaxonomyCode(isOrganisationType, 'organisation type')
  organisationTypes!: string[];

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 10, description: 'How many such partners' })
  @IsInt()
  @Min(1)
  @Max(10)
  count!: number;

  @ApiProperty({ enum: INVITED_ROLES })
  @IsIn(INVITED_ROLES)
  role!: InvitedRole;

  @ApiProperty({ minLength: 1, maxLength: 2000, description: 'The role and tasks expected of them' })
  @IsString()
  @Length(1, 2000)
  tasks!: string;
}

export class CallFieldsDto {
  @ApiProperty({ minLength: 3, maxLength: 200 })
  @IsString()
  @Length(3, 200)
  title!: string;

  @ApiProperty({ minLength: 1, maxLength: 5000 })
  @IsString()
  @Length(1, 5000)
  summary!: string;

  @ApiProperty({ enum: ACTIONS })
  @IsIn(ACTIONS)
  action!: Action;

  @ApiProperty({
    ...TOPIC_CODE,
    isArray: true,
    maxItems: 15,
    uniqueItems: true,
    description: 'Topics and priorities (codes from /v1/taxonomies)',
  })
  @ArrayMaxSize(15)
  @ArrayUnique()
  @IsTaxonomyCode(isTopic, 'topic')
  topics!: string[];

  @ApiProperty({
    type: [SoughtPartnerDto],
    minItems: 1,
    maxItems: 10,
    description: 'The partners sought, one entry per kind',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => SoughtPartnerDto)
  sought!: SoughtPartnerDto[];

  @ApiProperty({
    ...LANGUAGE_CODE,
    isArray: true,
    maxItems: 10,
    uniqueItems: true,
    description: 'Working languages (ISO 639-1)',
  })
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsTaxonomyCode(isLanguageCode, 'language')
  languages!: string[];

  @ApiPropertyOptional({
    ...COUNTRY_CODE,
    isArray: true,
    maxItems: 60,
    uniqueItems: true,
    default: [],
    description:
      'ISO 3166-1 alpha-2 codes of countries the call takes no partner from: organisations based there are ' +
      'never suggested for it and do not find it among the calls they fit. None may be a sought country.',
  })
  @Optional()
  @ArrayMaxSize(60)
  @ArrayUnique()
  @IsCountryCode()
  excludedCountries?: string[];

  @ApiProperty({ nullable: true, type: String, format: 'date', example: '2027-09-01' })
  @Nullable()
  @isDay()
  @IsISO8601({ strict: true })
  plannedStart!: string | null;

  @ApiProperty({ nullable: true, type: 'integer', minimum: 6, maximum: 36 })
  @Nullable()
  @IsInt()
  @Min(6)
  @Max(36)
  durationMonths!: number | null;

  @ApiProperty({ nullable: true, type: String, format: 'date', description: 'The National Agency deadline targeted' })
  @Nullable()
  @isDay()
  @IsISO8601({ strict: true })
  naDeadline!: string | null;

  @ApiProperty({
    format: 'date',
    example: '2027-02-15',
    description: 'Answers are needed by this day (UTC); the call expires after it',
  })
  @isDay()
  @IsISO8601({ strict: true })
  answerBy!: string;
}

export class CreateCallDto extends CallFieldsDto {
  @ApiProperty({ format: 'uuid', description: 'The calling organisation (you administer it; it is published)' })
  @IsUUID()
  organisationId!: string;

  @ApiPropertyOptional({ enum: CALL_KINDS, default: 'project' })
  @IsOptional()
  @IsIn(CALL_KINDS)
  kind?: CallKind;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'For a replacement call (and only then): a consortium the organisation coordinates',
  })
  @IsOptional()
  @IsUUID()
  consortiumId?: string;

  @ApiPropertyOptional({ default: false, description: 'Open it at once instead of keeping a draft' })
  @IsOptional()
  @IsBoolean()
  open?: boolean;
}

export class UpdateCallDto extends PatchType(CallFieldsDto) {}

export class CallStatusDto {
  @ApiProperty({ enum: ['open', 'paused', 'closed'] })
  @IsIn(['open', 'paused', 'closed'])
  status!: 'open' | 'paused' | 'closed';

  @ApiPropertyOptional({ enum: CLOSED_REASONS, description: 'Required when closing' })
  @IsOptional()
  @IsIn(CLOSED_REASONS)
  reason?: ClosedReason;
}

export class AnswerContactDto {
  @ApiProperty({ minLength: 1, maxLength: 120 }) @IsString() @Length(1, 120) name!: string;
  @ApiProperty({ format: 'email', maxLength: 254 }) @IsEmail() @MaxLength(254) email!: string;
  @ApiProperty({ ...PHONE, nullable: true })
  @Nullable()
  @IsString()
  @Matches(PHONE_PATTERN, {
    message: 'phone must be a phone number: 5 to 30 characters, digits with spaces and + ( ) . - / only',
  })
  phone!: string | null;
}

export class CreateAnswerDto {
  @ApiProperty({ format: 'uuid', description: 'The answering organisation (you administer it; it is published)' })
  @IsUUID()
  organisationId!: string;

  @ApiProperty({ enum: INVITED_ROLES })
  @IsIn(INVITED_ROLES)
  role!: InvitedRole;

  @ApiProperty({ minLength: 1, maxLength: 3000, description: 'What the organisation offers' })
  @IsString()
  @Length(1, 3000)
  offer!: string;

  @ApiProperty({ type: AnswerContactDto })
  @ValidateNested()
  @Type(() => AnswerContactDto)
  contact!: AnswerContactDto;
}

export class DecideAnswerDto {
  @ApiProperty({ enum: ['shortlisted', 'declined'] })
  @IsIn(['shortlisted', 'declined'])
  status!: 'shortlisted' | 'declined';
}

export class AnswersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: ANSWER_STATUSES,
    description: 'Only answers in this state (default: all but withdrawn)',
  })
  @IsOptional()
  @IsIn(ANSWER_STATUSES)
  status?: AnswerStatus;
}

export class CallConsortiumDto {
  @ApiPropertyOptional({ minLength: 3, maxLength: 200, description: 'Defaults to the call’s title' })
  @IsOptional()
  @IsString()
  @Length(3, 200)
  name?: string;

  @ApiPropertyOptional({ maxLength: 5000, description: 'Defaults to the call’s summary' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  summary?: string;
}

// ---- search ----

export class SearchCallsQueryDto extends SearchPageQueryDto {
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) q?: string;

  @ApiPropertyOptional({ type: String, description: `Actions: ${ACTIONS.join(', ')}; comma-separated` })
  @IsOptional()
  @list()
  @IsIn(ACTIONS, { each: true })
  action?: string[];

  @ApiPropertyOptional({ type: String, description: 'project or replacement; comma-separated' })
  @IsOptional()
  @list()
  @IsIn(CALL_KINDS, { each: true })
  kind?: string[];

  @ApiPropertyOptional({ description: 'Only urgent (replacement) calls' })
  @IsOptional()
  @bool()
  @IsBoolean()
  urgent?: boolean;

  @ApiPropertyOptional({ type: String, description: 'Topics; comma-separated, at most 30' })
  @IsOptional()
  @list()
  @ArrayMaxSize(30)
  @IsTaxonomyCode(isTopic, 'topic')
  topic?: string[];

  @ApiPropertyOptional({
    type: String,
    description: 'Calls seeking partners from these countries; comma-separated, at most 60',
  })
  @IsOptional()
  @countryList()
  @ArrayMaxSize(60)
  soughtCountry?: string[];

  @ApiPropertyOptional({ type: String, description: 'Calls seeking these NACE sections; comma-separated, at most 21' })
  @IsOptional()
  @list()
  @ArrayMaxSize(21)
  @IsTaxonomyCode(isNaceSection, 'NACE section')
  soughtNaceSection?: string[];

  @ApiPropertyOptional({
    type: String,
    description: 'Calls seeking these organisation types; comma-separated, at most 20',
  })
  @IsOptional()
  @list()
  @ArrayMaxSize(20)
  @IsTaxonomyCode(isOrganisationType, 'organisation type')
  soughtOrganisationType?: string[];

  @ApiPropertyOptional({ type: String, description: 'Calls posted from these countries; comma-separated, at most 60' })
  @IsOptional()
  @countryList()
  @ArrayMaxSize(60)
  country?: string[];

  @ApiPropertyOptional({ type: String, description: 'Working languages (ISO 639-1); comma-separated, at most 30' })
  @IsOptional()
  @list()
  @ArrayMaxSize(30)
  @IsTaxonomyCode(isLanguageCode, 'language')
  language?: string[];

  @ApiPropertyOptional({ format: 'date', description: 'NA deadline on or after this day' })
  @IsOptional()
  @isDay()
  @IsISO8601({ strict: true })
  deadlineFrom?: string;

  @ApiPropertyOptional({ format: 'date', description: 'NA deadline on or before this day' })
  @IsOptional()
  @isDay()
  @IsISO8601({ strict: true })
  deadlineTo?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'An organisation you belong to: only calls it fits (country, sector and type sought, or left open), not its own',
  })
  @IsOptional()
  @IsUUID()
  fitsOrganisation?: string;

  @FacetList(CALL_FACETS)
  facets?: CallFacet[];

  @ApiPropertyOptional({ enum: ['relevance', 'answer_by', 'deadline', 'newest'], default: 'relevance' })
  @IsOptional()
  @IsIn(['relevance', 'answer_by', 'deadline', 'newest'])
  sort?: CallSort;
}

export class OrganisationIdDto extends PickType(CreateAnswerDto, ['organisationId'] as const) {}
