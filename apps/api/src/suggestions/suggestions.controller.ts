import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  ParseUUIDPipe,
  Post,
  type OnModuleDestroy,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import type { Principal } from '@syndesmos/auth';
import { DomainException, ErrorCode, type Locale } from '@syndesmos/common';
import { APP_CONFIG, type AppConfig } from '@syndesmos/config';
import { CallService, ConsortiumService } from '@syndesmos/consortia';
import { DataSource } from '@syndesmos/database';
import { JobProducer, QueueName } from '@syndesmos/jobs';
import { SuggestionService, type SubjectKind, type SuggestionRow } from '@syndesmos/matching';
import { MessagingService, toChannelView } from '@syndesmos/messaging';
import { listSetAsideOutbox, outboxBacklog } from '@syndesmos/outbox';
import { bullPrefix, createRedis, type Redis } from '@syndesmos/redis';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentPrincipal, RequireRoles } from '../common/auth.guard';
import { SIGNED_IN_ERRORS } from '../common/signed-in-errors';
import { QueueDashboardResponseDto, toQueueDashboardResponse } from '../admin/queue-dashboard-response';
import { toInvitationSummary } from '../consortia/consortium-response';

export class DismissDto {
  @ApiPropertyOptional({ maxLength: 500 }) @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export class ActDto {
  @ApiProperty({ enum: ['message', 'answer', 'invite'] })
  @IsIn(['message', 'answer', 'invite'])
  action!: 'message' | 'answer' | 'invite';
}

function toSuggestionResponse(s: SuggestionRow, locale: Locale) {
  return {
    id: s.id,
    target: { kind: s.targetKind, id: s.targetId, name: s.targetName, country: s.targetCountry },
    score: s.score,
    rank: s.rank,
    reasons: s.reasons[locale] ?? s.reasons.en,
    components: s.components,
    status: s.status,
    createdAt: s.createdAt,
  };
}

/** Suggestions for my organisation, my call, my consortium: reasons, and what to do with them. */
@ApiTags('suggestions')
@ApiBearerAuth()
@Controller()
export class SuggestionsController {
  constructor(
    private readonly suggestions: SuggestionService,
    private readonly consortia: ConsortiumService,
    private readonly calls: CallService,
    private readonly messaging: MessagingService,
  ) {}

  /** The organisation a subject speaks for (suggestions are its members' to see). */
  private async ownerOf(kind: SubjectKind, id: string): Promise<string | null> {
    if (kind === 'organisation') return id;
    if (kind === 'call') return this.calls.ownerOf(id);
    return (await this.consortia.coordinatorOf(id)) ?? null;
  }

  private async list(p: Principal, kind: SubjectKind, id: string) {
    const owner = await this.ownerOf(kind, id);
    const s = await this.consortia.standing(p);
    if (!owner || !s.memberOf(owner)) throw new DomainException(ErrorCode.NotFound);
    const rows = await this.suggestions.list(kind, id);
    const view = (r: SuggestionRow) => toSuggestionResponse(r, p.preferredLanguage);
    return {
      organisations: rows.filter((r) => r.targetKind === 'organisation').map(view),
      calls: rows.filter((r) => r.targetKind === 'call').map(view),
    };
  }

  @Get('organisations/:id/suggestions')
  @ApiOkResponse({
    description: 'Partner organisations and open calls for your organisation, best first, with reasons',
  })
  @ApiErrors(400, 401, 404)
  forOrganisation(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.list(p, 'organisation', id);
  }

  @Get('calls/:id/suggestions')
  @ApiOkResponse({ description: 'Organisations that fit what your call seeks' })
  @ApiErrors(400, 401, 404)
  forCall(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.list(p, 'call', id);
  }

  @Get('consortia/:id/suggestions')
  @ApiOkResponse({ description: 'Organisations that close your consortium’s gaps' })
  @ApiErrors(400, 401, 404)
  forConsortium(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.list(p, 'consortium', id);
  }

  /** The suggestion, if the viewer administers the organisation it is for. */
  private async mine(p: Principal, id: string): Promise<{ s: SuggestionRow; owner: string }> {
    const s = await this.suggestions.find(id);
    const owner = await this.ownerOf(s.subjectKind, s.subjectId);
    const standing = await this.consortia.standing(p);
    if (!owner || !standing.memberOf(owner)) throw new DomainException(ErrorCode.NotFound, 'suggestion not found');
    if (!standing.adminOf(owner)) throw new DomainException(ErrorCode.Forbidden);
    return { s, owner };
  }

  @Post('suggestions/:id/dismiss')
  @HttpCode(204)
  @ApiErrors(400, 401, 403, 404)
  async dismiss(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: DismissDto) {
    const { s } = await this.mine(p, id);
    await this.suggestions.dismiss(p.userId, s, dto.reason ?? null);
  }

  @Post('suggestions/:id/save')
  @HttpCode(204)
  @ApiErrors(400, 401, 403, 404, 409)
  async save(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    const { s } = await this.mine(p, id);
    await this.suggestions.save(p.userId, s);
  }

  @Post('suggestions/:id/act')
  @HttpCode(200)
  @ApiOkResponse({
    description:
      'message: opens the direct conversation with the suggested organisation; invite: invites it to the consortium; answer: where to answer the suggested call',
  })
  @ApiErrors(400, 401, 403, 404, 409)
  async act(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ActDto) {
    const { s, owner } = await this.mine(p, id);
    const refuse = () =>
      new DomainException(ErrorCode.ValidationFailed, `cannot ${dto.action} from this suggestion`, [
        {
          field: 'action',
          problem: 'not_applicable',
          message: `${dto.action} does not apply to a ${s.subjectKind}→${s.targetKind} suggestion`,
        },
      ]);
    let result: Record<string, unknown>;
    if (dto.action === 'message') {
      if (s.targetKind !== 'organisation') throw refuse();
      const channel = await this.messaging.openDirect(p.userId, owner, s.targetId, true);
      result = { channel: toChannelView(channel) };
    } else if (dto.action === 'invite') {
      if (s.subjectKind !== 'consortium' || s.targetKind !== 'organisation') throw refuse();
      const invitation = await this.consortia.invite(p, s.subjectId, {
        organisationId: s.targetId,
        role: 'partner',
        message: null,
      });
      result = { invitation: toInvitationSummary(invitation) };
    } else {
      if (s.targetKind !== 'call') throw refuse();
      result = { callId: s.targetId, answerUrl: `/v1/calls/${s.targetId}/answers` };
    }
    await this.suggestions.acted(p.userId, s, dto.action, result);
    return result;
  }
}

/** What admins watch: acceptance of suggestions, and the job queues. */
@ApiTags('admin')
@ApiBearerAuth()
@RequireRoles('admin')
@Controller('admin')
export class AdminController implements OnModuleDestroy {
  private readonly connection: Redis;
  private readonly producer: JobProducer;

  constructor(
    private readonly suggestions: SuggestionService,
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.connection = createRedis({ url: config.redisUrl, prefix: config.redisPrefix }, 'bullmq');
    this.producer = new JobProducer(this.connection, bullPrefix(config.redisPrefix));
  }

  async onModuleDestroy(): Promise<void> {
    await this.producer.close().catch(() => undefined);
    this.connection.disconnect();
  }

  @Get('suggestions/stats')
  @ApiOkResponse({ description: 'Per kind: suggested, saved, dismissed, acted, and the acceptance rate' })
  @ApiErrors(401, 403)
  async stats() {
    return (await this.suggestions.stats()).map((r) => ({
      ...r,
      acceptanceRate: r.suggested ? Math.round(((r.acted + r.saved) / r.suggested) * 1000) / 1000 : 0,
    }));
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
    const [queues, backlog, setAside] = await Promise.all([
      this.queues(),
      outboxBacklog(this.ds),
      listSetAsideOutbox(this.ds, { limit: 100 }),
    ]);
    return toQueueDashboardResponse({ queues, outbox: { ...backlog, setAsideRows: setAside } });
  }

  private queues() {
    return Promise.all(
      Object.values(QueueName).map(async (name) => {
        const q = this.producer.queue(name);
        const [counts, active, failed, schedulers] = await Promise.all([
          q.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed'),
          q.getJobs(['active'], 0, 20),
          q.getJobs(['failed'], 0, 20),
          q.getJobSchedulers(),
        ]);
        return {
          queue: q.name,
          counts,
          active: active.map((j) => ({ id: j.id, name: j.name, progress: j.progress, startedAt: j.processedOn })),
          failed: failed.map((j) => ({
            id: j.id,
            name: j.name,
            data: j.data as unknown,
            reason: j.failedReason,
            attempts: j.attemptsMade,
            failedAt: j.finishedOn,
          })),
          schedules: schedulers.map((s) => ({ key: s.key, every: s.every, next: s.next })),
        };
      }),
    );
  }
}
