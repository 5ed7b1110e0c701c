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

export class ExperienceDto {
  @ApiProperty({ enum: EXPERIENCE_LEVELS })
  @IsIn(EXPERIENCE_LEVELS)
  level!: ExperienceLevel;

  @ApiProperty({ minimum: 0, maximum: 1000 })
  @IsInt()
  @Min(0)
  @Max(1000)
  pastProjects!: number;
}

export class PartnerWishesDto {
  @ApiProperty({ type: [String], description: 'ISO 3166-1 alpha-2', maxItems: 60 })
  @ArrayMaxSize(60)
  @ArrayUnique()
  @IsCountryCode()
  countries!: string[];

  @ApiProperty({ type: [String], description: 'NACE Rev.2 sections A–U', maxItems: 21 })
  @ArrayMaxSize(21)
  @ArrayUnique()
  @IsTaxonomyCode(isNaceSection, 'NACE section')
  naceSections!: string[];

  @ApiProperty({ type: [String], maxItems: 20 })
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsTaxonomyCode(isOrganisationType, 'organisation type')
  organisationTypes!: string[];

  @ApiProperty({ nullable: true, maxLength: LIMITS.lookingForText })
  @Nullable()
  @IsString()
  @MaxLength(LIMITS.lookingForText)
  text!: string | null;
}

export class ContactPersonDto {
  @ApiProperty({ maxLength: 120 })
  @IsString()
  @Length(1, 120)
  name!: string;

  @ApiProperty({ maxLength: 254 })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiPropertyOptional({ nullable: true, maxLength: 40 })
  @Optional()
  @Nullable()
  @IsString()
  @MaxLength(40)
  phone?: string | null;

  @ApiPropertyOptional({ nullable: true, maxLength: 120 })
  @Optional()
  @Nullable()
  @IsString()
  @MaxLength(120)
  role?: string | null;
}

/** Every profile field; the create DTO requires the identity fields, the update DTO none. */
export class OrganisationProfileFieldsDto {
  @ApiProperty({ maxLength: LIMITS.legalName })
  @IsString()
  @Length(1, LIMITS.legalName)
  legalName!: string;

  @ApiProperty({ maxLength: LIMITS.displayName })
  @IsString()
  @Length(1, LIMITS.displayName)
  displayName!: string;

  @ApiProperty({ example: 'E10234567', description: 'Erasmus+ Organisation ID: E followed by 8 digits' })
  @Matches(/^E\d{8}$/, { message: 'oid must be E followed by 8 digits' })
  oid!: string;

  @ApiPropertyOptional({ nullable: true, example: '949123456', description: '9-digit PIC' })
  @Optional()
  @Nullable()
  @Matches(/^\d{9}$/, { message: 'pic must be 9 digits' })
  pic?: string | null;

  @ApiProperty({ example: 'GR', description: 'ISO 3166-1 alpha-2' })
  @IsCountryCode()
  country!: string;

  @ApiPropertyOptional({ maxLength: LIMITS.city })
  @Optional()
  @IsString()
  @MaxLength(LIMITS.city)
  city?: string;

  @ApiPropertyOptional({ nullable: true, maxLength: LIMITS.url })
  @Optional()
  @Nullable()
  @IsUrl(HTTP_URL)
  @MaxLength(LIMITS.url)
  website?: string | null;

  @ApiProperty({ example: 'vet_provider' })
  @IsTaxonomyCode(isOrganisationType, 'organisation type')
  organisationType!: string;

  @ApiPropertyOptional({ type: [String], maxItems: 21, description: 'NACE Rev.2 sections A–U' })
  @Optional()
  @ArrayMaxSize(21)
  @ArrayUnique()
  @IsTaxonomyCode(isNaceSection, 'NACE section')
  naceSections?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: 30, description: 'NACE Rev.2 two-digit divisions' })
  @Optional()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsTaxonomyCode(isNaceDivision, 'NACE division')
  naceDivisions?: string[];

  @ApiPropertyOptional({ nullable: true, enum: ['1-9', '10-49', '50-249', '250+'] })
  @Optional()
  @Nullable()
  @IsTaxonomyCode(isSizeBand, 'size band')
  sizeBand?: string | null;

  @ApiPropertyOptional({ nullable: true, minimum: 1000, maximum: 2100 })
  @Optional()
  @Nullable()
  @IsInt()
  @Min(1000)
  @Max(new Date().getFullYear())
  foundingYear?: number | null;

  @ApiPropertyOptional({ maxLength: LIMITS.description, description: 'Plain text; any language' })
  @Optional()
  @IsString()
  @MaxLength(LIMITS.description)
  description?: string;

  @ApiPropertyOptional({ type: [String], maxItems: 20 })
  @Optional()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsTaxonomyCode(isTopic, 'topic')
  topics?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: 20 })
  @Optional()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsTaxonomyCode(isTargetGroup, 'target group')
  targetGroups?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: 30, description: 'ISO 639-1' })
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

  @ApiPropertyOptional({ nullable: true, maxLength: LIMITS.url })
  @Optional()
  @Nullable()
  @IsUrl(HTTP_URL)
  @MaxLength(LIMITS.url)
  logoUrl?: string | null;

  @ApiPropertyOptional()
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
  @ApiProperty()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ enum: MEMBER_ROLES })
  @IsIn(MEMBER_ROLES)
  role!: MemberRole;
}

export class ChangeRoleDto {
  @ApiProperty({ enum: MEMBER_ROLES })
  @IsIn(MEMBER_ROLES)
  role!: MemberRole;
}

export class AcceptInvitationDto {
  @ApiProperty()
  @IsString()
  @Length(10, 200)
  token!: string;
}

export class ReportDto {
  @ApiProperty({ example: 'inaccurate_information' })
  @IsTaxonomyCode(isReportCategory, 'report category')
  category!: string;

  @ApiProperty({ maxLength: LIMITS.reportText })
  @IsString()
  @Length(1, LIMITS.reportText)
  text!: string;
}

export class ListOrganisationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'GR' })
  @IsOptional()
  @IsCountryCode()
  country?: string;

  @ApiPropertyOptional({ example: 'sme' })
  @IsOptional()
  @IsTaxonomyCode(isOrganisationType, 'organisation type')
  organisationType?: string;
}
