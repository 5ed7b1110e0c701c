import { ApiExtraModels, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACTIONS,
  ANSWER_STATUSES,
  CALL_KINDS,
  CALL_STATUSES,
  CLOSED_REASONS,
  INVITED_ROLES,
  type CallAnswerEntity,
  type CallView,
} from '@syndesmos/consortia';
import type { CallSearchResult } from '@syndesmos/search';
import { CALL_FACETS } from '@syndesmos/search';
import {
  COUNTRY_CODE,
  DATE_TIME,
  DAY,
  LANGUAGE_CODE,
  NACE_SECTION_CODE,
  nullableEnum,
  nullableRef,
  ORGANISATION_TYPE_CODE,
  TOPIC_CODE,
  UUID,
} from '../common/openapi-fields';

// What the partner-call operations answer: the documented classes and the pure mappings to
// them. Days are YYYY-MM-DD, instants ISO 8601.

export class CallOrganisationDto {
  @ApiProperty({ ...UUID }) id!: string;
  @ApiProperty({ example: 'EPAL Thessalonikis' }) name!: string;
  @ApiProperty({ ...COUNTRY_CODE }) country!: string;
  @ApiProperty({ ...ORGANISATION_TYPE_CODE }) organisationType!: string;
}

export class SoughtPartnerResponseDto {
  @ApiProperty({ ...COUNTRY_CODE, isArray: true, description: 'Empty means any country' }) countries!: string[];
  @ApiProperty({ ...NACE_SECTION_CODE, isArray: true, description: 'Empty means any sector' }) naceSections!: string[];
  @ApiProperty({ ...ORGANISATION_TYPE_CODE, isArray: true, description: 'Empty means any type' })
  organisationTypes!: string[];
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 10 }) count!: number;
  @ApiProperty({ enum: INVITED_ROLES }) role!: string;
  @ApiProperty() tasks!: string;
}

export class AnswerCountsDto {
  @ApiProperty({ type: 'integer', minimum: 0 }) pending!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) shortlisted!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) declined!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) withdrawn!: number;
}

export class CallResponseDto {
  @ApiProperty({ ...UUID }) id!: string;
  @ApiProperty({ type: CallOrganisationDto, description: 'The calling organisation' })
  organisation!: CallOrganisationDto;
  @ApiProperty({ enum: CALL_KINDS }) kind!: string;
  @ApiProperty({ description: 'Replacement calls are urgent' }) urgent!: boolean;
  @ApiPropertyOptional({
    ...UUID,
    nullable: true,
    description: 'Only for members of the calling organisation: the consortium a replacement call is for',
  })
  consortiumId?: string | null;
  @ApiProperty({ enum: CALL_STATUSES }) status!: string;
  @ApiProperty({ ...nullableEnum(CLOSED_REASONS), description: 'Set once closed' })
  closedReason!: string | null;
  @ApiProperty({ example: 'Welding apprenticeships for the green transition' }) title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ enum: ACTIONS }) action!: string;
  @ApiProperty({ ...TOPIC_CODE, isArray: true }) topics!: string[];
  @ApiProperty({ type: SoughtPartnerResponseDto, isArray: true }) sought!: SoughtPartnerResponseDto[];
  @ApiProperty({ ...LANGUAGE_CODE, isArray: true }) languages!: string[];
  @ApiProperty({ ...COUNTRY_CODE, isArray: true, description: 'Countries the call takes no partner from' })
  excludedCountries!: string[];
  @ApiProperty({ ...DAY, nullable: true }) plannedStart!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, minimum: 6, maximum: 36 }) durationMonths!: number | null;
  @ApiProperty({ ...DAY, nullable: true, description: 'The National Agency deadline targeted' })
  naDeadline!: string | null;
  @ApiProperty({ ...DAY, description: 'Answers are needed by this day (UTC)' }) answerBy!: string;
  @ApiProperty({ ...DATE_TIME, nullable: true }) openedAt!: string | null;
  @ApiProperty({ ...DATE_TIME, nullable: true }) closedAt!: string | null;
  @ApiProperty({ ...DATE_TIME }) createdAt!: string;
  @ApiProperty({ ...DATE_TIME }) updatedAt!: string;
  @ApiProperty({ description: 'Whether you may edit the call and decide on its answers' }) canManage!: boolean;
  @ApiPropertyOptional({ type: AnswerCountsDto, description: 'Only for members of the calling organisation' })
  answerCounts?: AnswerCountsDto;
}

const iso = (d: Date): string => d.toISOString();
const isoOrNull = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function toCallResponse(v: CallView): CallResponseDto {
  const c = v.call;
  return {
    id: c.id,
    organisation: v.organisation,
    kind: c.kind,
    urgent: c.urgent,
    ...(v.owner ? { consortiumId: c.consortiumId } : {}),
    status: c.status,
    closedReason: c.closedReason,
    title: c.title,
    summary: c.summary,
    action: c.action,
    topics: c.topics,
    sought: c.sought.map((s) => ({
      countries: s.countries,
      naceSections: s.naceSections,
      organisationTypes: s.organisationTypes,
      count: s.count,
      role: s.role,
      tasks: s.tasks,
    })),
    languages: c.languages,
    excludedCountries: c.excludedCountries,
    plannedStart: c.plannedStart,
    durationMonths: c.durationMonths,
    naDeadline: c.naDeadline,
    answerBy: c.answerBy,
    openedAt: isoOrNull(c.openedAt),
    closedAt: isoOrNull(c.closedAt),
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
    canManage: v.canManage,
    ...(v.answerCounts ? { answerCounts: v.answerCounts } : {}),
  };
}

export class AnswerOrganisationDto {
  @ApiProperty({ ...UUID }) id!: string;
  @ApiPropertyOptional({ description: 'In the calling organisation’s list of answers' }) name?: string;
  @ApiPropertyOptional({ ...COUNTRY_CODE }) country?: string;
  @ApiPropertyOptional({ ...ORGANISATION_TYPE_CODE }) type?: string;
}

export class AnswerContactResponseDto {
  @ApiProperty({ example: 'João Silva' }) name!: string;
  @ApiProperty({ format: 'email', example: 'joao.silva@example.pt' }) email!: string;
  @ApiProperty({ type: String, nullable: true, example: '+351 21 000 0000' }) phone!: string | null;
}

@ApiExtraModels(AnswerContactResponseDto)
export class AnswerResponseDto {
  @ApiProperty({ ...UUID }) id!: string;
  @ApiProperty({ ...UUID }) callId!: string;
  @ApiProperty({ type: AnswerOrganisationDto, description: 'The answering organisation' })
  organisation!: AnswerOrganisationDto;
  @ApiProperty({ enum: INVITED_ROLES }) role!: string;
  @ApiProperty({ description: 'What the organisation offers' }) offer!: string;
  @ApiProperty({ ...nullableRef(AnswerContactResponseDto), description: 'null once the answer is withdrawn' })
  contact!: AnswerContactResponseDto | null;
  @ApiProperty({ enum: ANSWER_STATUSES }) status!: string;
  @ApiProperty({ ...UUID, nullable: true, description: 'The consortium invitation sent after shortlisting' })
  invitationId!: string | null;
  @ApiProperty({ ...DATE_TIME }) createdAt!: string;
  @ApiProperty({ ...DATE_TIME }) updatedAt!: string;
}

export function toAnswerResponse(
  a: CallAnswerEntity & { organisationName?: string; organisationCountry?: string; organisationType?: string },
): AnswerResponseDto {
  return {
    id: a.id,
    callId: a.callId,
    organisation: a.organisationName
      ? { id: a.organisationId, name: a.organisationName, country: a.organisationCountry, type: a.organisationType }
      : { id: a.organisationId },
    role: a.role,
    offer: a.offer,
    // A withdrawn answer keeps no contact details on show.
    contact:
      a.status === 'withdrawn'
        ? null
        : { name: a.contact.name, email: a.contact.email, phone: a.contact.phone ?? null },
    status: a.status,
    invitationId: a.invitationId,
    createdAt: iso(a.createdAt),
    updatedAt: iso(a.updatedAt),
  };
}

// ---- search ----

export class CallHitOrganisationDto {
  @ApiProperty({ ...UUID }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ ...COUNTRY_CODE }) country!: string;
}

export class CallHitHighlightDto {
  @ApiProperty({ description: 'The title with `<mark>` around matches; escape the rest when rendering' })
  title!: string;
  @ApiProperty({ description: 'The cropped summary with `<mark>` around matches' }) summary!: string;
}

export class CallHitDto {
  @ApiProperty({ ...UUID }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: ACTIONS }) action!: string;
  @ApiProperty({ enum: CALL_KINDS }) kind!: string;
  @ApiProperty() urgent!: boolean;
  @ApiProperty({ ...TOPIC_CODE, isArray: true }) topics!: string[];
  @ApiProperty({ ...LANGUAGE_CODE, isArray: true }) languages!: string[];
  @ApiProperty({ ...COUNTRY_CODE, isArray: true, description: 'Union over the partners sought' })
  soughtCountries!: string[];
  @ApiProperty({ ...NACE_SECTION_CODE, isArray: true }) soughtNaceSections!: string[];
  @ApiProperty({ ...ORGANISATION_TYPE_CODE, isArray: true }) soughtOrganisationTypes!: string[];
  @ApiProperty({ enum: INVITED_ROLES, isArray: true }) soughtRoles!: string[];
  @ApiProperty({ type: CallHitOrganisationDto }) organisation!: CallHitOrganisationDto;
  @ApiProperty({ ...DAY, nullable: true }) naDeadline!: string | null;
  @ApiProperty({ ...DAY }) answerBy!: string;
  @ApiProperty({ ...DAY, nullable: true }) plannedStart!: string | null;
  @ApiProperty({ type: CallHitHighlightDto }) highlight!: CallHitHighlightDto;
}

const FACET_COUNTS = {
  type: 'object',
  additionalProperties: { type: 'integer', minimum: 0 },
  description: 'Hits per value',
} as const;

export class CallFacetsDto {
  @ApiPropertyOptional(FACET_COUNTS) action?: Record<string, number>;
  @ApiPropertyOptional(FACET_COUNTS) kind?: Record<string, number>;
  @ApiPropertyOptional(FACET_COUNTS) topics?: Record<string, number>;
  @ApiPropertyOptional(FACET_COUNTS) soughtCountries?: Record<string, number>;
  @ApiPropertyOptional(FACET_COUNTS) soughtNaceSections?: Record<string, number>;
  @ApiPropertyOptional(FACET_COUNTS) soughtOrganisationTypes?: Record<string, number>;
  @ApiPropertyOptional(FACET_COUNTS) organisationCountry?: Record<string, number>;
  @ApiPropertyOptional(FACET_COUNTS) languages?: Record<string, number>;
}

export class CallSearchResponseDto {
  @ApiProperty({ type: CallHitDto, isArray: true }) hits!: CallHitDto[];
  @ApiProperty({ type: CallFacetsDto, description: 'Only the facets asked for with `facets`' }) facets!: CallFacetsDto;
  @ApiProperty({ type: 'integer', minimum: 1 }) page!: number;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 50 }) pageSize!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) totalHits!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) totalPages!: number;
}

const FACET_NAMES: readonly string[] = CALL_FACETS;

export function toCallSearchResponse(r: CallSearchResult): CallSearchResponseDto {
  return {
    // The search service already builds each hit field by field, in this shape.
    hits: r.hits,
    facets: Object.fromEntries(Object.entries(r.facets).filter(([name]) => FACET_NAMES.includes(name))),
    page: r.page,
    pageSize: r.pageSize,
    totalHits: r.totalHits,
    totalPages: r.totalPages,
  };
}
