import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OrganisationSearch } from '@syndesmos/search';
import { ApiErrors } from '../common/api-errors.decorator';
import { INVALID, SEARCH_DOWN, SIGNED_OUT } from '../common/api-error-codes';
import {
  AutocompleteItemDto,
  AutocompleteQueryDto,
  OrganisationSearchResponseDto,
  SearchOrganisationsQueryDto,
  toOrganisationSearchResponse,
} from './search.dto';

/** Published organisations only: the visibility filter is added below the API, always. */
@ApiTags('search')
@ApiBearerAuth()
@Controller('search/organisations')
export class SearchController {
  constructor(private readonly search: OrganisationSearch) {}

  @Get()
  @ApiOperation({
    summary: 'Search published organisations',
    description:
      'Any signed-in user. Typo-tolerant text (Greek or English) with filters, facet counts and highlights, ranked by relevance unless sorted otherwise. Numbered pages: a relevance ranking with totals and facet counts has no stable cursor; Meilisearch pages through the first 2000 hits.',
  })
  @ApiOkResponse({ type: OrganisationSearchResponseDto })
  @ApiErrors({ 400: INVALID, 401: SIGNED_OUT, 503: SEARCH_DOWN })
  async organisations(@Query() q: SearchOrganisationsQueryDto): Promise<OrganisationSearchResponseDto> {
    const result = await this.search.search({
      q: q.q,
      countries: q.country,
      excludeCountries: q.excludeCountry,
      naceSections: q.naceSection,
      naceDivisions: q.naceDivision,
      organisationTypes: q.organisationType,
      topics: q.topic,
      languages: q.language,
      sizeBands: q.sizeBand,
      experience: q.experience,
      oidVerified: q.oidVerified,
      openToPartnerships: q.openToPartnerships,
      sort: q.sort,
      facets: q.facets,
      page: q.page,
      pageSize: q.pageSize,
    });
    return toOrganisationSearchResponse(result);
  }

  @Get('autocomplete')
  @ApiOperation({
    summary: 'Suggest organisation names',
    description:
      'Any signed-in user: published organisations whose name starts with or is close to q, best first. Bounded by limit (at most 10), so not paged.',
  })
  @ApiOkResponse({ type: [AutocompleteItemDto], description: 'Organisation names starting with or close to q' })
  @ApiErrors({ 400: INVALID, 401: SIGNED_OUT, 503: SEARCH_DOWN })
  async autocomplete(@Query() q: AutocompleteQueryDto): Promise<AutocompleteItemDto[]> {
    const names = await this.search.autocomplete(q.q, q.limit ?? 8);
    return names.map((n) => ({ id: n.id, name: n.name, country: n.country }));
  }
}
