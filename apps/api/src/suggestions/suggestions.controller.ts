import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { Principal } from '@syndesmos/auth';
import { DomainException, ErrorCode } from '@syndesmos/common';
import { QueueInspector } from '@syndesmos/jobs';
import { SuggestionService, type SubjectKind } from '@syndesmos/matching';
import { OutboxInspector } from '@syndesmos/outbox';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentPrincipal, RequireRoles } from '../common/auth.guard';
import { ActDto, DismissDto, SuggestionListQueryDto } from './suggestion.dto';
import {
  decodeSuggestionCursor,
  SuggestionActResponseDto,
  SuggestionPageDto,
  SuggestionStatsResponseDto,
  toActResponse,
  toStatsResponse,
  toSuggestionPage,
} from './suggestion-response';
import { SIGNED_IN_ERRORS } from '../common/api-error-codes';
import { QueueDashboardResponseDto, toQueueDashboardResponse } from '../admin/queue-dashboard-response';

const SEE = 'Members of the organisation the subject speaks for (anyone else gets 404).';
const ACT = 'Owners and admins of the organisation the suggestion is for (other members get 403, anyone else 404).';
const LIST =
  'Organisations first, each kind by rank; saved and acted-on suggestions stay listed, dismissed ones leave. ' +
  'Reasons are in the caller’s language. ';

const SUGGESTION_EXAMPLE = {
  items: [
    {
      id: '6f1c2a9e-8d4b-4c3a-9e2f-1b7d5a3c9e10',
      target: {
        kind: 'organisation',
        id: '0b8f2d9c-3e4a-4f6b-8c1d-2a7e9f5b3c41',
        name: 'Porto Metalworks',
        country: 'PT',
      },
      score: 9.75,
      rank: 1,
      reasons: ['Shares topics: Green skills, Apprenticeships', 'A sector you look for: Manufacturing'],
      components: { soughtSector: 2.5, soughtType: 2, topic: 2, typeMix: 1 },
      status: 'new',
      createdAt: '2026-11-29T03:00:12.000Z',
    },
  ],
  nextCursor: null,
};

/** Suggestions for my organisation, my call, my consortium: who may see and act is decided in libs/matching. */
@ApiTags('suggestions')
@ApiBearerAuth()
@Controller()
export class SuggestionsController {
  constructor(private readonly suggestions: SuggestionService) {}

  private async list(p: Principal, kind: SubjectKind, id: string, q: SuggestionListQueryDto) {
    const page = await this.suggestions.list(p, kind, id, {
      targetKind: q.kind,
      after: decodeSuggestionCursor(q.cursor),
      limit: q.limit ?? 20,
    });
    return toSuggestionPage(page, p.locale);
  }

  @Get('organisations/:id/suggestions')
  @ApiOperation({
    summary: 'Suggestions for an organisation',
    description: `Partner organisations and open calls the organisation fits, best first. ${LIST}${SEE}`,
  })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The organisation' })
  @ApiOkResponse({ type: SuggestionPageDto, example: SUGGESTION_EXAMPLE })
  @ApiErrors(400, 401, 404)
  forOrganisation(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() q: SuggestionListQueryDto,
  ) {
    return this.list(p, 'organisation', id, q);
  }

  @Get('calls/:id/suggestions')
  @ApiOperation({
    summary: 'Suggestions for a partner call',
    description: `Organisations that fit what the call seeks, best first. ${LIST}${SEE}`,
  })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The partner call' })
  @ApiOkResponse({ type: SuggestionPageDto, example: SUGGESTION_EXAMPLE })
  @ApiErrors(400, 401, 404)
  forCall(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() q: SuggestionListQueryDto,
  ) {
    return this.list(p, 'call', id, q);
  }

  @Get('consortia/:id/suggestions')
  @ApiOperation({
    summary: 'Suggestions for a consortium',
    description: `Organisations that close the consortium’s gaps (countries, sectors, types), best first. ${LIST}${SEE.replace('the subject speaks for', 'coordinating the consortium')}`,
  })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The consortium' })
  @ApiOkResponse({ type: SuggestionPageDto, example: SUGGESTION_EXAMPLE })
  @ApiErrors(400, 401, 404)
  forConsortium(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() q: SuggestionListQueryDto,
  ) {
    return this.list(p, 'consortium', id, q);
  }

  @Post('suggestions/:id/dismiss')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Dismiss a suggestion',
    description: `It leaves the list and is not suggested again for 6 months; the reason is recorded. ${ACT}`,
  })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The suggestion' })
  @ApiBody({
    type: DismissDto,
    required: false,
    examples: { reason: { value: { reason: 'Already talking to them' } } },
  })
  @ApiNoContentResponse({ description: 'Dismissed' })
  @ApiErrors(400, 401, 403, 404)
  async dismiss(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: DismissDto,
  ): Promise<void> {
    await this.suggestions.dismiss(p, id, dto.reason ?? null);
  }

  @Post('suggestions/:id/save')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Save a suggestion',
    description: `Keeps it in the list through later refreshes. A dismissed suggestion cannot be saved (409). ${ACT}`,
  })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The suggestion' })
  @ApiNoContentResponse({ description: 'Saved' })
  @ApiErrors(400, 401, 403, 404, 409)
  async save(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.suggestions.save(p, id);
  }

  @Post('suggestions/:id/act')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Act on a suggestion',
    description:
      '`message` opens the direct conversation with a suggested organisation; `invite` invites it into the ' +
      'consortium it was suggested for (as a partner); `answer` gives where to answer a suggested call. An action ' +
      `that does not fit the suggestion is a 400 naming \`action\`; inviting one already invited is a 409. ${ACT}`,
  })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The suggestion' })
  @ApiBody({
    type: ActDto,
    examples: {
      message: { value: { action: 'message' } },
      invite: { value: { action: 'invite' } },
      answer: { value: { action: 'answer' } },
    },
  })
  @ApiOkResponse({
    type: SuggestionActResponseDto,
    example: {
      action: 'answer',
      callId: '3c9e1b7d-5a3c-4e10-8d4b-6f1c2a9e8d4b',
      answerUrl: '/v1/calls/3c9e1b7d-5a3c-4e10-8d4b-6f1c2a9e8d4b/answers',
    },
  })
  @ApiErrors(400, 401, 403, 404, 409)
  async act(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ActDto,
  ): Promise<SuggestionActResponseDto> {
    return toActResponse(await this.suggestions.act(p, id, dto.action));
  }
}

/** What admins watch: acceptance of suggestions, and the job queues. */
@ApiTags('admin')
@ApiBearerAuth()
@RequireRoles('admin')
@Controller('admin')
export class AdminController {
  constructor(
    private readonly suggestions: SuggestionService,
    private readonly queues: QueueInspector,
    private readonly outbox: OutboxInspector,
  ) {}

  @Get('suggestions/stats')
  @ApiOperation({
    summary: 'Acceptance of suggestions',
    description:
      'Per kind of suggestion (subject → target): how many were made, saved, dismissed and acted on, and the ' +
      'acceptance rate. Platform admins only.',
  })
  @ApiOkResponse({
    type: [SuggestionStatsResponseDto],
    example: [
      { kind: 'organisation→organisation', suggested: 120, saved: 14, dismissed: 30, acted: 9, acceptanceRate: 0.192 },
    ],
  })
  @ApiErrors(401, 403)
  async stats(): Promise<SuggestionStatsResponseDto[]> {
    return (await this.suggestions.stats()).map(toStatsResponse);
  }

  @Get('queues')
  @ApiOperation({
    summary: 'Watch the job queues and the outbox',
    description:
      'Platform admins (403 FORBIDDEN for anyone else). Every job queue (counts, running jobs with progress, ' +
      'the latest failures, the schedules), and the outbox: rows waiting to be relayed, and rows set aside ' +
      'because they can never be relayed as they are. Every list here is bounded.',
  })
  @ApiOkResponse({ type: QueueDashboardResponseDto })
  @ApiErrors({ 401: SIGNED_IN_ERRORS[401], 403: [ErrorCode.Forbidden], 503: [ErrorCode.ServiceUnavailable] })
  async queueDashboard(): Promise<QueueDashboardResponseDto> {
    const [queues, outbox] = await Promise.all([this.queues.snapshot(), this.outbox.snapshot()]);
    return toQueueDashboardResponse({ queues, outbox });
  }

  @Post('outbox/:id/retry')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Retry a set-aside outbox row',
    description:
      'Puts the row back to the relay (as `npm run cli -- outbox-retry --id`, after its cause is fixed); a row ' +
      'that still cannot be relayed is set aside again, one attempt more. 404 when no set-aside row has this id. ' +
      'Platform admins only.',
  })
  @ApiParam({ name: 'id', description: 'The outbox row', schema: { type: 'string', pattern: '^[0-9]+$' } })
  @ApiNoContentResponse({ description: 'Back in line: the worker relays it within a second, or sets it aside again' })
  @ApiErrors(401, 403, 404)
  async retryOutbox(@Param('id') id: string): Promise<void> {
    // A bigint id, or no such row (a longer or non-numeric id names none).
    if (!/^[0-9]{1,18}$/.test(id) || !(await this.outbox.retry(id)))
      throw new DomainException(ErrorCode.NotFound, 'no set-aside outbox row with this id');
  }
}
