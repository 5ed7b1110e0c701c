import { Controller, Get, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { localisedTaxonomies } from '@syndesmos/taxonomies';
import { ApiErrors } from '../common/api-errors.decorator';
import { Public } from '../common/auth.guard';
import { requestState, type AppRequest } from '../common/http-request';
import { TaxonomiesResponseDto, toTaxonomiesResponse } from './taxonomy-response.dto';

@ApiTags('taxonomies')
@Controller('taxonomies')
export class TaxonomiesController {
  @Public()
  @Get()
  @ApiOperation({
    summary: 'Read the taxonomies',
    description:
      'Anyone, without signing in: every code the platform stores, to fill pickers. Fixed tables (not paged), labelled in the Accept-Language locale (en, el).',
  })
  @ApiOkResponse({
    type: TaxonomiesResponseDto,
    description:
      'Countries (with programme eligibility), NACE Rev.2 sections and divisions, organisation types, topics, target groups, languages, size bands and report categories, labelled in the Accept-Language locale (en, el)',
  })
  @ApiErrors({})
  get(@Req() req: AppRequest): TaxonomiesResponseDto {
    return toTaxonomiesResponse(localisedTaxonomies(requestState(req).locale));
  }
}
