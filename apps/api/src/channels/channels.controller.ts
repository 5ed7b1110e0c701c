import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Principal } from '@syndesmos/auth';
import { ErrorCode } from '@syndesmos/common';
import { ConsortiumService } from '@syndesmos/consortia';
import { MESSAGE_RATE_LIMIT, MESSAGE_RATE_WINDOW_MS, MessagingService, type ChannelKey } from '@syndesmos/messaging';
import { ApiBodyExample } from '../common/api-body-example.decorator';
import { ApiErrors } from '../common/api-errors.decorator';
import { SIGNED_IN_ERRORS } from '../common/api-error-codes';
import { CurrentPrincipal } from '../common/auth.guard';
import { PageOf } from '../common/page.dto';
import { decodeCursor, encodeCursor, PageQueryDto } from '../common/pagination';
import { EditMessageDto, HistoryQueryDto, OpenDirectDto, ReadDto, SendMessageDto } from './channel.dto';
import { CHANNEL_EXAMPLE, MESSAGE_EXAMPLE, OPEN_DIRECT_EXAMPLE, SEND_MESSAGE_EXAMPLE } from './channel.examples';
import {
  ChannelPeopleResponseDto,
  ChannelResponseDto,
  MessageHistoryResponseDto,
  MessageResponseDto,
  ReadMarkerResponseDto,
  toChannelPeopleResponse,
  toChannelResponse,
  toMessageResponse,
  toReadMarkerResponse,
} from './channel-response';

type HistoryKey = { d: 'older' | 'newer'; s: number; q?: string };
const isHistoryKey = (v: unknown): v is HistoryKey =>
  typeof v === 'object' &&
  v !== null &&
  ((v as HistoryKey).d === 'older' || (v as HistoryKey).d === 'newer') &&
  Number.isSafeInteger((v as HistoryKey).s) &&
  (v as HistoryKey).s >= 0;

const isChannelKey = (v: unknown): v is ChannelKey =>
  typeof v === 'object' &&
  v !== null &&
  ((v as ChannelKey).at === null ||
    (typeof (v as ChannelKey).at === 'string' && !Number.isNaN(Date.parse((v as ChannelKey).at!)))) &&
  typeof (v as ChannelKey).id === 'string' &&
  /^[0-9a-f-]{36}$/.test((v as ChannelKey).id);

const Id = () => Param('id', ParseUUIDPipe);
const IN_IT =
  'People in the channel: members of the consortium’s member organisations, or of the two organisations of a ' +
  'direct conversation (404 NOT_FOUND for anyone else)';

/** Channels over REST: the same storage, rules and events as the socket gateway. */
@ApiTags('channels')
@ApiBearerAuth()
@Controller('channels')
export class ChannelsController {
  constructor(
    private readonly messaging: MessagingService,
    private readonly consortia: ConsortiumService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'List your channels',
    description:
      'Any signed-in user: the channels they are in, latest activity first (never used last), each with the ' +
      'last message and their unread count; a page at a time.',
  })
  @ApiOkResponse({ type: PageOf(ChannelResponseDto), example: { items: [CHANNEL_EXAMPLE], nextCursor: null } })
  @ApiErrors({ ...SIGNED_IN_ERRORS })
  async list(@CurrentPrincipal() p: Principal, @Query() q: PageQueryDto) {
    const after = decodeCursor(q.cursor, isChannelKey);
    const page = await this.messaging.channelsPage(p.userId, q.limit ?? 20, after);
    return { items: page.items.map(toChannelResponse), nextCursor: page.next ? encodeCursor(page.next) : null };
  }

  @Post('direct')
  @ApiOperation({
    summary: 'Open a direct conversation',
    description:
      'Members of `organisationId`, with a published organisation (or another of their own): the conversation ' +
      'of the two organisations, opened on first use and the same one afterwards. Errors: 404 NOT_FOUND, ' +
      '400 VALIDATION_FAILED (the same organisation twice).',
  })
  @ApiBodyExample(OpenDirectDto, OPEN_DIRECT_EXAMPLE)
  @ApiCreatedResponse({
    type: ChannelResponseDto,
    example: {
      ...CHANNEL_EXAMPLE,
      kind: 'direct',
      consortiumId: null,
      title: 'EPAL Thessalonikis · Metalurgica do Norte',
    },
  })
  @ApiErrors({ ...SIGNED_IN_ERRORS, 404: [ErrorCode.NotFound] })
  async direct(@CurrentPrincipal() p: Principal, @Body() dto: OpenDirectDto): Promise<ChannelResponseDto> {
    const s = await this.consortia.standing(p);
    await this.consortia.requireVisibleOrganisation(s, dto.withOrganisationId);
    return toChannelResponse(
      await this.messaging.openDirect(
        p.userId,
        dto.organisationId,
        dto.withOrganisationId,
        s.memberOf(dto.organisationId),
      ),
    );
  }

  @Get(':id')
  @ApiOperation({ summary: 'Read a channel', description: `${IN_IT}.` })
  @ApiOkResponse({ type: ChannelResponseDto, example: CHANNEL_EXAMPLE })
  @ApiErrors({ ...SIGNED_IN_ERRORS, 404: [ErrorCode.NotFound] })
  async get(@CurrentPrincipal() p: Principal, @Id() id: string): Promise<ChannelResponseDto> {
    return toChannelResponse(await this.messaging.channel(p.userId, id));
  }

  @Get(':id/people')
  @ApiOperation({
    summary: 'List the people of a channel',
    description:
      `${IN_IT}. Everyone who may read it now, by name, with the organisations they take part through: ` +
      'who wrote a message (its `authorId`) and whom a message may mention. The whole list, not paged: ' +
      'the people of a consortium’s member organisations.',
  })
  @ApiOkResponse({
    type: ChannelPeopleResponseDto,
    example: {
      items: [
        {
          userId: '2b1f0c8e-5d7a-4e3b-9c1a-6f4d8e2a7b90',
          name: 'Maria Papadopoulou',
          organisations: CHANNEL_EXAMPLE.organisations.slice(0, 1),
        },
      ],
    },
  })
  @ApiErrors({ ...SIGNED_IN_ERRORS, 404: [ErrorCode.NotFound] })
  async people(@CurrentPrincipal() p: Principal, @Id() id: string): Promise<ChannelPeopleResponseDto> {
    return toChannelPeopleResponse(await this.messaging.people(p.userId, id));
  }

  @Get(':id/messages')
  @ApiOperation({
    summary: 'Read a channel’s messages',
    description:
      `${IN_IT}. A page of messages in sequence order (\`limit\` defaults to 50): the latest without a cursor, ` +
      'then `olderCursor` pages back and `newerCursor` forward (poll it for new messages). The channel keeps ' +
      'these two directions instead of the one `nextCursor` of other lists. `q` searches whole words; a ' +
      'cursor remembers its search.',
  })
  @ApiOkResponse({
    type: MessageHistoryResponseDto,
    example: { items: [MESSAGE_EXAMPLE], olderCursor: 'eyJkIjoib2xkZXIiLCJzIjoxMn0', newerCursor: null },
  })
  @ApiErrors({ ...SIGNED_IN_ERRORS, 404: [ErrorCode.NotFound] })
  async history(
    @CurrentPrincipal() p: Principal,
    @Id() id: string,
    @Query() q: HistoryQueryDto,
  ): Promise<MessageHistoryResponseDto> {
    const key = decodeCursor(q.cursor, isHistoryKey);
    const search = key?.q ?? q.q;
    const page = await this.messaging.history(p.userId, id, {
      direction: key?.d ?? 'older',
      seq: key?.s ?? null,
      limit: q.limit ?? 50,
      q: search,
    });
    return {
      items: page.items.map(toMessageResponse),
      olderCursor: page.older !== null ? encodeCursor({ d: 'older', s: page.older, q: search }) : null,
      newerCursor: page.newer !== null ? encodeCursor({ d: 'newer', s: page.newer }) : null,
    };
  }

  @Post(':id/messages')
  @ApiOperation({
    summary: 'Send a message',
    description:
      `${IN_IT}, with a confirmed e-mail address (403 EMAIL_NOT_VERIFIED). Stored, then delivered to every ` +
      'member; sending the same `clientId` again answers 200 with the stored message. At most ' +
      `${MESSAGE_RATE_LIMIT} messages per user in ${MESSAGE_RATE_WINDOW_MS / 1000} seconds, over REST and sockets ` +
      'together: 429 TOO_MANY_REQUESTS with Retry-After. Mentions must be of people in the channel.',
  })
  @ApiBodyExample(SendMessageDto, SEND_MESSAGE_EXAMPLE)
  @ApiCreatedResponse({ type: MessageResponseDto, description: 'Stored', example: MESSAGE_EXAMPLE })
  @ApiOkResponse({ type: MessageResponseDto, description: 'Sent before with this clientId: the stored one' })
  @ApiErrors({
    ...SIGNED_IN_ERRORS,
    403: [ErrorCode.EmailNotVerified],
    404: [ErrorCode.NotFound],
    429: [ErrorCode.TooManyRequests],
  })
  async send(
    @CurrentPrincipal() p: Principal,
    @Id() id: string,
    @Body() dto: SendMessageDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MessageResponseDto> {
    const { message, duplicate } = await this.messaging.send(p.userId, { channelId: id, ...dto }, p);
    if (duplicate) reply.status(200);
    return toMessageResponse(message);
  }

  @Patch(':id/messages/:messageId')
  @ApiOperation({
    summary: 'Edit a message',
    description:
      `The author, while still in the channel; the edit time is kept. Mentions follow the text: \`mentions\` ` +
      'replaces them; without it, a stored mention stays only while its "@Name" is still in the body. ' +
      'Errors: 400 VALIDATION_FAILED (mentions: not_participant), 403 FORBIDDEN (not the author), ' +
      '404 NOT_FOUND, 409 INVALID_STATE (deleted).',
  })
  @ApiBodyExample(EditMessageDto, { body: 'Shall we meet on Friday instead?' })
  @ApiOkResponse({
    type: MessageResponseDto,
    example: {
      ...MESSAGE_EXAMPLE,
      body: 'Shall we meet on Friday instead?',
      links: [],
      editedAt: '2026-12-01T10:20:00.000Z',
    },
  })
  @ApiErrors({
    ...SIGNED_IN_ERRORS,
    403: [ErrorCode.Forbidden],
    404: [ErrorCode.NotFound],
    409: [ErrorCode.InvalidState],
  })
  async edit(
    @CurrentPrincipal() p: Principal,
    @Id() _id: string,
    @Param('messageId', ParseUUIDPipe) messageId: string,
    @Body() dto: EditMessageDto,
  ): Promise<MessageResponseDto> {
    return toMessageResponse(await this.messaging.edit(p.userId, messageId, dto.body, dto.mentions));
  }

  @Delete(':id/messages/:messageId')
  @ApiOperation({
    summary: 'Delete a message',
    description:
      'The author, while still in the channel. The message keeps its place, shown as deleted (empty body). ' +
      'Errors: 403 FORBIDDEN (not the author), 404 NOT_FOUND, 409 INVALID_STATE (already deleted).',
  })
  @ApiOkResponse({
    type: MessageResponseDto,
    description: 'The message as it now shows',
    example: { ...MESSAGE_EXAMPLE, body: '', links: [], deleted: true },
  })
  @ApiErrors({
    ...SIGNED_IN_ERRORS,
    403: [ErrorCode.Forbidden],
    404: [ErrorCode.NotFound],
    409: [ErrorCode.InvalidState],
  })
  async remove(
    @CurrentPrincipal() p: Principal,
    @Id() _id: string,
    @Param('messageId', ParseUUIDPipe) messageId: string,
  ): Promise<MessageResponseDto> {
    return toMessageResponse(await this.messaging.remove(p.userId, messageId));
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Move your read marker',
    description: `${IN_IT}. The marker only moves forward (and not past the last message).`,
  })
  @ApiBodyExample(ReadDto, { seq: 12 })
  @ApiOkResponse({
    type: ReadMarkerResponseDto,
    example: { channelId: CHANNEL_EXAMPLE.id, lastReadSeq: 12, unread: 0 },
  })
  @ApiErrors({ ...SIGNED_IN_ERRORS, 404: [ErrorCode.NotFound] })
  async read(@CurrentPrincipal() p: Principal, @Id() id: string, @Body() dto: ReadDto): Promise<ReadMarkerResponseDto> {
    return toReadMarkerResponse(await this.messaging.markRead(p.userId, id, dto.seq));
  }
}
