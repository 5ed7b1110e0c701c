import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { OrganisationService } from '@syndesmos/organisations';
import { ApiErrors } from '../common/api-errors.decorator';
import { Public } from '../common/auth.guard';
import { ListOrganisationsQueryDto } from './organisation.dto';
import { OrganisationPageDto, OrganisationResponseDto, toOrganisationResponse } from './organisation-response.dto';
import { listPublishedPage } from './organisations.controller';

/** The read-only view for people who are not signed in: published profiles, no contact details. */
@ApiTags('public')
@Public()
@Controller('public/organisations')
export class PublicOrganisationsController {
  constructor(private readonly organisations: OrganisationService) {}

  @Get()
  @ApiOkResponse({ type: OrganisationPageDto })
  @ApiErrors(400)
  list(@Query() query: ListOrganisationsQueryDto): Promise<OrganisationPageDto> {
    return listPublishedPage(this.organisations, false, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: OrganisationResponseDto })
  @ApiErrors(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<OrganisationResponseDto> {
    // Without a viewer, only published organisations are visible at all.
    return toOrganisationResponse(await this.organisations.get(null, id));
  }
}
