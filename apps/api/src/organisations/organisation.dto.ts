import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  EXPERIENCE_LEVELS,
  MEMBER_ROLES,
  type ExperienceLevel,
  type MemberRole,
  type OrganisationProfile,
} from '@syndesmos/organisations';
import {
  isLanguageCode,
  isNaceDivision,
  isNaceSection,
  isOrganisationType,
  isReportCategory,
  isSizeBand,
  isTargetGroup,
  isTopic,
} from '@syndesmos/taxonomies';
import { PageQueryDto } from '../common/pagination';
import { IsCountryCode, IsTaxonomyCode } from '../common/taxonomy.validators';
import { taxonomyCode } from '../taxonomies/taxonomy-codes';
import { Nullable, Optional, PatchType, patchOf } from '../common/validation';

// Limits are part of the contract: they are in the OpenAPI document and enforced here.
export const LIMITS = {
  legalName: 300,
  displayName: 120,
  city: 120,
  url: 300,
  description: 10_000,
  lookingForText: 2_000,
  reportText: 2_000,
  reason: 2_000,
} as const;

const HTTP_URL = { protocols: ['http', 'https'], require_protocol: true };
const HTTP_URL_SCHEMA = {
  type: String,
  nullable: true,
  format: 'uri',
  maxLength: LIMITS.url,
  description: 'An http or https URL',
} as const;

export class ExperienceDto {
  @ApiProperty({ enum: EXPERIENCE_LEVELS, example: 'participated' })
  @IsIn(EXPERIENCE_LEVELS)
  level!: ExperienceLevel;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1000, example: 3 })
  @IsInt()
  @Min(0)
  @Max(1000)
  pastProjects!: number;
}

export class PartnerWishesDto {
  @ApiProperty({
    type: [String],
    description: 'ISO 3166-1 alpha-2, no repeats',
    maxItems: 60,
    uniqueItems: true,
    example: ['PT', 'ES'],
  })
  @ArrayMaxSize(60)
  @ArrayUnique()
  @IsCountryCode()
  countries!: string[];

  @ApiProperty(taxonomyCode('NaceSectionCode', { isArray: true, maxItems: 21, uniqueItems: true, example: ['I'] }))
  @ArrayMaxSize(21)
  @ArrayUnique()
  @IsTaxonomyCode(isNaceSection, 'NACE section')
  naceSections!: string[];

  @ApiProperty(
    taxonomyCode('OrganisationTypeCode', { isArray: true, maxItems: 20, uniqueItems: true, example: ['sme'] }),
  )
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsTaxonomyCode(isOrganisationType, 'organisation type')
  organisationTypes!: string[];

  @ApiProperty({ type: String, nullable: true, maxLength: LIMITS.lookingForText, example: 'Hotels hosting learners' })
  @Nullable()
  @IsString()
  @MaxLength(LIMITS.lookingForText)
  text!: string | null;
}

export class ContactPersonDto {
  @ApiProperty({ minLength: 1, maxLength: 120, example: 'Maria Papadopoulou' })
  @IsString()
  @Length(1, 120)
  name!: string;

  @ApiProperty({ format: 'email', maxLength: 254, example: 'maria@vet-school.gr' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 40, example: '+30 2610 000000' })
  @Optional()
  @Nullable()
  @IsString()
  @MaxLength(40)
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 120, example: 'EU projects' })
  @Optional()
  @Nullable()
  @IsString()
  @MaxLength(120)
  role?: string | null;
}

/** Every profile field; the create DTO requires the identity fields, the update DTO none. */
export class OrganisationProfileFieldsDto {
  @ApiProperty({ minLength: 1, maxLength: LIMITS.legalName, example: 'Institute of Vocational Training Athens' })
  @IsString()
  @Length(1, LIMITS.legalName)
  legalName!: string;

  @ApiProperty({ minLength: 1, maxLength: LIMITS.displayName, example: 'IEK Athens' })
  @IsString()
  @Length(1, LIMITS.displayName)
  displayName!: string;

  @ApiProperty({
    pattern: '^E\\d{8}$',
    example: 'E10234567',
    description: 'Erasmus+ Organisation ID: E followed by 8 digits',
  })
  @Matches(/^E\d{8}$/, { message: 'oid must be E followed by 8 digits' })
  oid!: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    pattern: '^\\d{9}$',
    example: '949123456',
    description: '9-digit PIC',
  })
  @Optional()
  @Nullable()
  @Matches(/^\d{9}$/, { message: 'pic must be 9 digits' })
  pic?: string | null;

  @ApiProperty({
    minLength: 2,
    maxLength: 2,
    example: 'GR',
    description: 'ISO 3166-1 alpha-2 (EL and UK are taken as GR and GB)',
  })
  @IsCountryCode()
  country!: string;

  @ApiPropertyOptional({ maxLength: LIMITS.city, example: 'Athens' })
  @Optional()
  @IsString()
  @MaxLength(LIMITS.city)
  city?: string;

  @ApiPropertyOptional({ ...HTTP_URL_SCHEMA, example: 'https://iek.example.gr' })
  @Optional()
  @Nullable()
  @IsUrl(HTTP_URL)
  @MaxLength(LIMITS.url)
  website?: string | null;

  @ApiProperty(taxonomyCode('OrganisationTypeCode', { example: 'vet_provider' }))
  @IsTaxonomyCode(isOrganisationType, 'organisation type')
  organisationType!: string;

  @ApiPropertyOptional(
    taxonomyCode('NaceSectionCode', { isArray: true, maxItems: 21, uniqueItems: true, example: ['P'] }),
  )
  @Optional()
  @ArrayMaxSize(21)
  @ArrayUnique()
  @IsTaxonomyCode(isNaceSection, 'NACE section')
  naceSections?: string[];

  @ApiPropertyOptional(
    taxonomyCode('NaceDivisionCode', { isArray: true, maxItems: 30, uniqueItems: true, example: ['85'] }),
  )
  @Optional()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsTaxonomyCode(isNaceDivision, 'NACE division')
  naceDivisions?: string[];

  @ApiPropertyOptional(taxonomyCode('SizeBandCode', { nullable: true, example: '10-49' }))
  @Optional()
  @Nullable()
  @IsTaxonomyCode(isSizeBand, 'size band')
  sizeBand?: string | null;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 1000,
    maximum: new Date().getFullYear(),
    description: 'No later than the current year',
    example: 1998,
  })
  @Optional()
  @Nullable()
  @IsInt()
  @Min(1000)
  @Max(new Date().getFullYear())
  foundingYear?: number | null;

  @ApiPropertyOptional({
    maxLength: LIMITS.description,
    description: 'Plain text; any language',
    example: 'A continuing VET centre in Western Greece running courses in tourism and digital skills.',
  })
  @Optional()
  @IsString()
  @MaxLength(LIMITS.description)
  description?: string;

  @ApiPropertyOptional(
    taxonomyCode('TopicCode', { isArray: true, maxItems: 20, uniqueItems: true, example: ['digital_skills'] }),
  )
  @Optional()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsTaxonomyCode(isTopic, 'topic')
  topics?: string[];

  @ApiPropertyOptional(
    taxonomyCode('TargetGroupCode', { isArray: true, maxItems: 20, uniqueItems: true, example: ['cvet_learners'] }),
  )
  @Optional()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsTaxonomyCode(isTargetGroup, 'target group')
  targetGroups?: string[];

  @ApiPropertyOptional(
    taxonomyCode('LanguageCode', { isArray: true, maxItems: 30, uniqueItems: true, example: ['el', 'en'] }),
  )
  @Optional()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsTaxonomyCode(isLanguageCode, 'language')
  languages?: string[];

  @ApiPropertyOptional({ type: ExperienceDto })
  @Optional()
  @ValidateNested()
  @Type(() => ExperienceDto)
  experience?: ExperienceDto;

  @ApiPropertyOptional({ type: PartnerWishesDto })
  @Optional()
  @ValidateNested()
  @Type(() => PartnerWishesDto)
  lookingFor?: PartnerWishesDto;

  @ApiPropertyOptional({ type: ContactPersonDto, nullable: true, description: 'Shown to signed-in users only' })
  @Optional()
  @Nullable()
  @ValidateNested()
  @Type(() => ContactPersonDto)
  contactPerson?: ContactPersonDto | null;

  @ApiPropertyOptional({ ...HTTP_URL_SCHEMA, example: 'https://kek-patras.example/logo.png' })
  @Optional()
  @Nullable()
  @IsUrl(HTTP_URL)
  @MaxLength(LIMITS.url)
  logoUrl?: string | null;

  @ApiPropertyOptional({ example: true })
  @Optional()
  @IsBoolean()
  openToPartnerships?: boolean;
}

export class CreateOrganisationDto extends OrganisationProfileFieldsDto {}

export class UpdateOrganisationDto extends PatchType(OrganisationProfileFieldsDto) {}

/** A complete profile from a create body: what was not sent starts empty. */
export function toNewProfile(dto: CreateOrganisationDto): OrganisationProfile {
  return {
    legalName: dto.legalName.trim(),
    displayName: dto.displayName.trim(),
    oid: dto.oid,
    pic: dto.pic ?? null,
    country: dto.country,
    city: dto.city?.trim() ?? '',
    website: dto.website ?? null,
    organisationType: dto.organisationType,
    naceRevision: 'NACE_REV2',
    naceSections: dto.naceSections ?? [],
    naceDivisions: dto.naceDivisions ?? [],
    sizeBand: dto.sizeBand ?? null,
    foundingYear: dto.foundingYear ?? null,
    description: dto.description ?? '',
    topics: dto.topics ?? [],
    targetGroups: dto.targetGroups ?? [],
    languages: dto.languages ?? [],
    experience: dto.experience ? { ...dto.experience } : { level: 'none', pastProjects: 0 },
    lookingFor: dto.lookingFor
      ? { ...dto.lookingFor }
      : { countries: [], naceSections: [], organisationTypes: [], text: null },
    contactPerson: dto.contactPerson ? toContact(dto.contactPerson) : null,
    logoUrl: dto.logoUrl ?? null,
    openToPartnerships: dto.openToPartnerships ?? true,
  };
}

/** Only the fields a PATCH body carries, as plain data. */
export function toProfilePatch(dto: UpdateOrganisationDto): Partial<OrganisationProfile> {
  const patch: Partial<OrganisationProfile> = patchOf(dto);
  if (patch.contactPerson) patch.contactPerson = toContact(patch.contactPerson);
  return patch;
}

function toContact(c: ContactPersonDto) {
  return { name: c.name, email: c.email, phone: c.phone ?? null, role: c.role ?? null };
}

export class InviteMemberDto {
  @ApiProperty({ format: 'email', maxLength: 254, example: 'nikos@vet-school.gr' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ enum: MEMBER_ROLES, example: 'member' })
  @IsIn(MEMBER_ROLES)
  role!: MemberRole;
}

export class ChangeRoleDto {
  @ApiProperty({ enum: MEMBER_ROLES, example: 'admin' })
  @IsIn(MEMBER_ROLES)
  role!: MemberRole;
}

export class AcceptInvitationDto {
  @ApiProperty({
    minLength: 10,
    maxLength: 200,
    description: 'The token from the invitation link',
    example: 'pX3c9QhV0a7Lr2mKb8YtNw',
  })
  @IsString()
  @Length(10, 200)
  token!: string;
}

export class ReportDto {
  @ApiProperty(taxonomyCode('ReportCategoryCode', { example: 'inaccurate_information' }))
  @IsTaxonomyCode(isReportCategory, 'report category')
  category!: string;

  @ApiProperty({ minLength: 1, maxLength: LIMITS.reportText, example: 'The OID belongs to another school.' })
  @IsString()
  @Length(1, LIMITS.reportText)
  text!: string;
}

export class ListOrganisationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ minLength: 2, maxLength: 2, example: 'GR', description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @IsCountryCode()
  country?: string;

  @ApiPropertyOptional(taxonomyCode('OrganisationTypeCode', { example: 'sme' }))
  @IsOptional()
  @IsTaxonomyCode(isOrganisationType, 'organisation type')
  organisationType?: string;
}
