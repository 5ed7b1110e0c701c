import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { OrganisationSearch } from '@syndesmos/search';
import { ApiErrors } from '../common/api-errors.decorator';
import { AutocompleteQueryDto, OrganisationSearchResponseDto, SearchOrganisationsQueryDto } from './search.dto';

/** Published organisations only: the visibility filter is added below the API, always. */
@ApiTags('search')
@ApiBearerAuth()
@Controller('search/organisations')
export class SearchController {
  constructor(private readonly search: OrganisationSearch) {}

  @Get()
  @ApiOkResponse({ type: OrganisationSearchResponseDto })
  @ApiErrors(400, 401, 503)
  organisations(@Query() q: SearchOrganisationsQueryDto): Promise<OrganisationSearchResponseDto> {
    return this.search.search({
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
  }

  @Get('autocomplete')
  @ApiOkResponse({ description: 'Organisation names starting with or close to q' })
  @ApiErrors(400, 401, 503)
  autocomplete(@Query() q: AutocompleteQueryDto): Promise<{ id: string; name: string; country: string }[]> {
    return this.search.autocomplete(q.q, q.limit ?? 8);
  }
}
