import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@syndesmos/auth';
import { ModerationService } from '@syndesmos/organisations';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentPrincipal, RequireRoles } from '../common/auth.guard';
import { decodeTimeCursor, encodeCursor } from '../common/pagination';
import {
  AuditEntryDto,
  OrganisationResponseDto,
  AuditPageDto,
  decodeAuditCursor,
  toAuditPage,
  toModeratedResponse,
} from '../organisations/organisation-response.dto';
import {
  AuditQueryDto,
  CountryQueryDto,
  OptionalNoteDto,
  QueuePageDto,
  QueueQueryDto,
  QueueStatsDto,
  ReasonDto,
} from './moderation.dto';

/** National Agency staff (and platform admins): scoped to the countries they moderate. */
@ApiTags('moderation')
@ApiBearerAuth()
@RequireRoles('na_staff', 'admin')
@Controller('moderation')
export class ModerationController {
  constructor(private readonly moderation: ModerationService) {}

  @Get('queue')
  @ApiOkResponse({ type: QueuePageDto, description: 'Submissions, pending revisions and open reports, oldest first' })
  @ApiErrors(400, 401, 403)
  async queue(@CurrentPrincipal() p: Principal, @Query() q: QueueQueryDto): Promise<QueuePageDto> {
    const limit = q.limit ?? 20;
    const after = decodeTimeCursor(q.cursor);
    const items = await this.moderation.queue(p, {
      country: q.country,
      kind: q.kind,
      after: after && { waitingSince: new Date(after.at), id: after.id },
      limit,
    });
    const last = items[items.length - 1];
    return {
      items: items.map((i) => ({ ...i, waitingSince: i.waitingSince.toISOString() })),
      nextCursor: items.length === limit && last ? encodeCursor([last.waitingSince.toISOString(), last.id]) : null,
    };
  }

  @Get('stats')
  @ApiOkResponse({ type: QueueStatsDto })
  @ApiErrors(400, 401, 403)
  async stats(@CurrentPrincipal() p: Principal, @Query() q: CountryQueryDto): Promise<QueueStatsDto> {
    const s = await this.moderation.stats(p, q.country);
    return {
      ...s,
      pending: s.submissions + s.revisions + s.reports,
      oldestWaitingSince: s.oldestWaitingSince ? new Date(s.oldestWaitingSince).toISOString() : null,
    };
  }

  @Get('audit')
  @ApiOkResponse({ description: 'Decisions in your countries, newest first', type: [AuditEntryDto] })
  @ApiErrors(400, 401, 403)
  async audit(@CurrentPrincipal() p: Principal, @Query() q: AuditQueryDto): Promise<AuditPageDto> {
    const limit = q.limit ?? 50;
    return toAuditPage(await this.moderation.audit(p, q.country, limit, decodeAuditCursor(q.cursor)), limit);
  }

  @Post('organisations/:id/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: OrganisationResponseDto, description: 'submitted → published' })
  @ApiErrors(400, 401, 403, 404, 409)
  async approve(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: OptionalNoteDto,
  ) {
    return toModeratedResponse(await this.moderation.decide(p, id, 'approve', dto.note ?? null));
  }

  @Post('organisations/:id/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: OrganisationResponseDto, description: 'submitted → rejected, with a reason' })
  @ApiErrors(400, 401, 403, 404, 409)
  async reject(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ReasonDto) {
    return toModeratedResponse(await this.moderation.decide(p, id, 'reject', dto.reason));
  }

  @Post('organisations/:id/suspend')
  @HttpCode(200)
  @ApiOkResponse({ type: OrganisationResponseDto, description: 'published → suspended, with a reason' })
  @ApiErrors(400, 401, 403, 404, 409)
  async suspend(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ReasonDto) {
    return toModeratedResponse(await this.moderation.decide(p, id, 'suspend', dto.reason));
  }

  @Post('organisations/:id/reinstate')
  @HttpCode(200)
  @ApiOkResponse({ type: OrganisationResponseDto, description: 'suspended → published' })
  @ApiErrors(400, 401, 403, 404, 409)
  async reinstate(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: OptionalNoteDto,
  ) {
    return toModeratedResponse(await this.moderation.decide(p, id, 'reinstate', dto.note ?? null));
  }

  @Post('organisations/:id/verify-oid')
  @HttpCode(200)
  @ApiOkResponse({ type: OrganisationResponseDto })
  @ApiErrors(401, 403, 404, 409)
  async verifyOid(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return toModeratedResponse(await this.moderation.verifyOid(p, id));
  }

  @Post('revisions/:id/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: OrganisationResponseDto, description: 'The proposed profile becomes the live one' })
  @ApiErrors(400, 401, 403, 404, 409)
  async approveRevision(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: OptionalNoteDto,
  ) {
    return toModeratedResponse(await this.moderation.decideRevision(p, id, true, dto.note ?? null));
  }

  @Post('revisions/:id/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: OrganisationResponseDto, description: 'The live profile stays as it is' })
  @ApiErrors(400, 401, 403, 404, 409)
  async rejectRevision(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReasonDto,
  ) {
    return toModeratedResponse(await this.moderation.decideRevision(p, id, false, dto.reason));
  }

  @Post('reports/:id/dismiss')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiErrors(400, 401, 403, 404, 409)
  async dismissReport(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: OptionalNoteDto,
  ): Promise<void> {
    await this.moderation.resolveReport(p, id, false, dto.note ?? null);
  }

  @Post('reports/:id/suspend')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Resolves the report and suspends the organisation' })
  @ApiErrors(400, 401, 403, 404, 409)
  async suspendFromReport(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReasonDto,
  ): Promise<void> {
    await this.moderation.resolveReport(p, id, true, dto.reason);
  }
}
