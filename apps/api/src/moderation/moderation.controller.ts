import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@syndesmos/auth';
import { ModerationService } from '@syndesmos/organisations';
import { ErrorCode } from '@syndesmos/common';
import { FORBIDDEN, INVALID, MALFORMED, NOT_FOUND, SIGNED_OUT } from '../common/api-error-codes';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentPrincipal, RequireRoles } from '../common/auth.guard';
import { UuidParams } from '../common/uuid-params';
import { decodeTimeCursor, encodeCursor } from '../common/pagination';
import {
  OrganisationResponseDto,
  decodeAuditCursor,
  toModeratedResponse,
} from '../organisations/organisation-response.dto';
import {
  AuditQueryDto,
  CountryQueryDto,
  ModerationAuditPageDto,
  OptionalNoteDto,
  QueuePageDto,
  QueueQueryDto,
  QueueStatsDto,
  ReasonDto,
  toModerationAuditPage,
  toQueueItemResponse,
  toQueueStatsResponse,
} from './moderation.dto';

/** What a decision on an organisation, a revision or a report can answer besides success. */
const DECISION_ERRORS = {
  400: MALFORMED,
  401: SIGNED_OUT,
  403: FORBIDDEN,
  404: NOT_FOUND,
  409: [ErrorCode.InvalidState],
} as const;

const WHO = 'NA staff, for organisations of the countries they moderate (404 for others), and platform admins.';

/** National Agency staff (and platform admins): scoped to the countries they moderate. */
@ApiTags('moderation')
@ApiBearerAuth()
@RequireRoles('na_staff', 'admin')
@Controller('moderation')
export class ModerationController {
  constructor(private readonly moderation: ModerationService) {}

  @Get('queue')
  @ApiOperation({
    summary: 'Read the moderation queue',
    description: `${WHO} Submissions, pending revisions and open reports, longest waiting first, a page at a time.`,
  })
  @ApiOkResponse({ type: QueuePageDto, description: 'Submissions, pending revisions and open reports, oldest first' })
  @ApiErrors({ 400: INVALID, 401: SIGNED_OUT, 403: FORBIDDEN })
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
      items: items.map(toQueueItemResponse),
      nextCursor: items.length === limit && last ? encodeCursor([last.waitingSince.toISOString(), last.id]) : null,
    };
  }

  @Get('stats')
  @ApiOperation({
    summary: 'Read queue statistics',
    description: `${WHO} What waits, since when, and how fast decisions came in the last 90 days.`,
  })
  @ApiOkResponse({ type: QueueStatsDto })
  @ApiErrors({ 400: INVALID, 401: SIGNED_OUT, 403: FORBIDDEN })
  async stats(@CurrentPrincipal() p: Principal, @Query() q: CountryQueryDto): Promise<QueueStatsDto> {
    return toQueueStatsResponse(await this.moderation.stats(p, q.country));
  }

  @Get('audit')
  @ApiOperation({
    summary: 'Read the audit log',
    description: `${WHO} Every decision and lifecycle step in your countries, newest first, a page at a time (limit defaults to 50), with the organisation’s and the actor’s names.`,
  })
  @ApiOkResponse({ description: 'Decisions in your countries, newest first', type: ModerationAuditPageDto })
  @ApiErrors({ 400: INVALID, 401: SIGNED_OUT, 403: FORBIDDEN })
  async audit(@CurrentPrincipal() p: Principal, @Query() q: AuditQueryDto): Promise<ModerationAuditPageDto> {
    const limit = q.limit ?? 50;
    return toModerationAuditPage(await this.moderation.audit(p, q.country, limit, decodeAuditCursor(q.cursor)), limit);
  }

  @Post('organisations/:id/approve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve a submitted profile', description: `${WHO} The organisation is published.` })
  @ApiOkResponse({ type: OrganisationResponseDto, description: 'submitted → published' })
  @ApiErrors(DECISION_ERRORS)
  @UuidParams('id')
  async approve(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: OptionalNoteDto,
  ): Promise<OrganisationResponseDto> {
    return toModeratedResponse(await this.moderation.decide(p, id, 'approve', dto.note ?? null));
  }

  @Post('organisations/:id/reject')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Reject a submitted profile',
    description: `${WHO} The reason is shown to the organisation’s members, who may change the profile and submit it again.`,
  })
  @ApiOkResponse({ type: OrganisationResponseDto, description: 'submitted → rejected, with a reason' })
  @ApiErrors(DECISION_ERRORS)
  @UuidParams('id')
  async reject(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReasonDto,
  ): Promise<OrganisationResponseDto> {
    return toModeratedResponse(await this.moderation.decide(p, id, 'reject', dto.reason));
  }

  @Post('organisations/:id/suspend')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Suspend a published organisation',
    description: `${WHO} It leaves search and the public views until reinstated.`,
  })
  @ApiOkResponse({ type: OrganisationResponseDto, description: 'published → suspended, with a reason' })
  @ApiErrors(DECISION_ERRORS)
  @UuidParams('id')
  async suspend(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReasonDto,
  ): Promise<OrganisationResponseDto> {
    return toModeratedResponse(await this.moderation.decide(p, id, 'suspend', dto.reason));
  }

  @Post('organisations/:id/reinstate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reinstate a suspended organisation', description: `${WHO} It is published again.` })
  @ApiOkResponse({ type: OrganisationResponseDto, description: 'suspended → published' })
  @ApiErrors(DECISION_ERRORS)
  @UuidParams('id')
  async reinstate(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: OptionalNoteDto,
  ): Promise<OrganisationResponseDto> {
    return toModeratedResponse(await this.moderation.decide(p, id, 'reinstate', dto.note ?? null));
  }

  @Post('organisations/:id/verify-oid')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Mark the OID as verified',
    description: `${WHO} Records that the Erasmus+ Organisation ID was checked; search can filter on it.`,
  })
  @ApiOkResponse({ type: OrganisationResponseDto, description: 'oidVerified is now true' })
  @ApiErrors({ 400: INVALID, 401: SIGNED_OUT, 403: FORBIDDEN, 404: NOT_FOUND, 409: [ErrorCode.InvalidState] })
  @UuidParams('id')
  async verifyOid(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<OrganisationResponseDto> {
    return toModeratedResponse(await this.moderation.verifyOid(p, id));
  }

  @Post('revisions/:id/approve')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Approve a pending revision',
    description: `${WHO} The proposed changes to a published or suspended profile become live.`,
  })
  @ApiOkResponse({ type: OrganisationResponseDto, description: 'The proposed profile becomes the live one' })
  @ApiErrors({
    400: MALFORMED,
    401: SIGNED_OUT,
    403: FORBIDDEN,
    404: NOT_FOUND,
    409: [ErrorCode.InvalidState, ErrorCode.OidTaken],
  })
  @UuidParams('id')
  async approveRevision(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: OptionalNoteDto,
  ): Promise<OrganisationResponseDto> {
    return toModeratedResponse(await this.moderation.decideRevision(p, id, true, dto.note ?? null));
  }

  @Post('revisions/:id/reject')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Reject a pending revision',
    description: `${WHO} The live profile stays; the reason is shown to the members.`,
  })
  @ApiOkResponse({ type: OrganisationResponseDto, description: 'The live profile stays as it is' })
  @ApiErrors(DECISION_ERRORS)
  @UuidParams('id')
  async rejectRevision(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReasonDto,
  ): Promise<OrganisationResponseDto> {
    return toModeratedResponse(await this.moderation.decideRevision(p, id, false, dto.reason));
  }

  @Post('reports/:id/dismiss')
  @HttpCode(204)
  @ApiOperation({ summary: 'Dismiss a report', description: `${WHO} The organisation stays as it is.` })
  @ApiNoContentResponse({ description: 'The report is resolved as dismissed' })
  @ApiErrors(DECISION_ERRORS)
  @UuidParams('id')
  async dismissReport(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: OptionalNoteDto,
  ): Promise<void> {
    await this.moderation.resolveReport(p, id, false, dto.note ?? null);
  }

  @Post('reports/:id/suspend')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Suspend the organisation a report is about',
    description: `${WHO} Resolves the report and suspends the organisation (when it is published), with the reason.`,
  })
  @ApiNoContentResponse({ description: 'Resolves the report and suspends the organisation' })
  @ApiErrors(DECISION_ERRORS)
  @UuidParams('id')
  async suspendFromReport(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReasonDto,
  ): Promise<void> {
    await this.moderation.resolveReport(p, id, true, dto.reason);
  }
}
