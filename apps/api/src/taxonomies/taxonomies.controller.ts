import { Controller, Get, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { localisedTaxonomies, type LocalisedTaxonomies } from '@syndesmos/taxonomies';
import { Public } from '../common/auth.guard';
import { requestState, type AppRequest } from '../common/http-request';

@ApiTags('taxonomies')
@Controller('taxonomies')
export class TaxonomiesController {
  @Public()
  @Get()
  @ApiOkResponse({
    description:
      'Countries (with programme eligibility), NACE Rev.2 sections and divisions, organisation types, topics, target groups, languages, size bands and report categories, labelled in the Accept-Language locale (en, el)',
  })
  get(@Req() req: AppRequest): LocalisedTaxonomies {
    return localisedTaxonomies(requestState(req).locale);
  }
}
