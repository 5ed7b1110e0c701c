import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OrganisationService } from '@syndesmos/organisations';
import { ApiErrors } from '../common/api-errors.decorator';
import { INVALID, NOT_FOUND } from '../common/api-error-codes';
import { Public } from '../common/auth.guard';
import { UuidParams } from '../common/uuid-params';
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
  @ApiOperation({
    summary: 'List published organisations (public)',
    description: 'Anyone, without signing in: published profiles by display name, without contact persons.',
  })
  @ApiOkResponse({ type: OrganisationPageDto })
  @ApiErrors({ 400: INVALID })
  list(@Query() query: ListOrganisationsQueryDto): Promise<OrganisationPageDto> {
    return listPublishedPage(this.organisations, false, query);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'Read a published organisation (public)',
    description: 'Anyone, without signing in: a published profile without its contact person; 404 for any other.',
  })
  @ApiOkResponse({ type: OrganisationResponseDto })
  @ApiErrors({ 400: INVALID, 404: NOT_FOUND })
  @UuidParams('id')
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<OrganisationResponseDto> {
    // Without a viewer, only published organisations are visible at all.
    return toOrganisationResponse(await this.organisations.get(null, id));
  }
}
