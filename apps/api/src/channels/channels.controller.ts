import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import type { FastifyReply } from 'fastify';
import type { Principal } from '@syndesmos/auth';
import { ConsortiumService } from '@syndesmos/consortia';
import { MAX_MENTIONS, MESSAGE_MAX_LENGTH, MessagingService, toChannelView } from '@syndesmos/messaging';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentPrincipal } from '../common/auth.guard';
import { decodeCursor, encodeCursor, PageQueryDto } from '../common/pagination';

export class OpenDirectDto {
  @ApiProperty({ description: 'One of your organisations' }) @IsUUID() organisationId!: string;
  @ApiProperty({ description: 'The published organisation to talk to' }) @IsUUID() withOrganisationId!: string;
}

export class SendMessageDto {
  @ApiProperty({ description: 'Your own id for this message (UUID): sending it again returns the stored one' })
  @IsUUID()
  clientId!: string;

  // Length is checked after trimming, by the same rule as sockets (MessagingService).
  @ApiProperty({ maxLength: MESSAGE_MAX_LENGTH }) @IsString() @MaxLength(MESSAGE_MAX_LENGTH * 2) body!: string;

  @ApiPropertyOptional({ description: 'The message this one replies to' }) @IsOptional() @IsUUID() replyTo?: string;

  @ApiPropertyOptional({ type: [String], description: 'User ids of people in the channel' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_MENTIONS)
  @IsUUID('all', { each: true })
  mentions?: string[];
}

export class EditMessageDto {
  @ApiProperty({ maxLength: MESSAGE_MAX_LENGTH }) @IsString() @MaxLength(MESSAGE_MAX_LENGTH * 2) body!: string;
}

export class ReadDto {
  @ApiProperty({ description: 'The last sequence number read' }) @IsInt() @Min(0) seq!: number;
}

/** `limit` defaults to 50 here; the cursor is olderCursor or newerCursor of a previous page (none: the latest). */
export class HistoryQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ maxLength: 200, description: 'Search the channel (whole words)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

type HistoryKey = { d: 'older' | 'newer'; s: number; q?: string };
const isHistoryKey = (v: unknown): v is HistoryKey =>
  typeof v === 'object' &&
  v !== null &&
  ((v as HistoryKey).d === 'older' || (v as HistoryKey).d === 'newer') &&
  Number.isSafeInteger((v as HistoryKey).s) &&
  (v as HistoryKey).s >= 0;

const Id = () => Param('id', ParseUUIDPipe);

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
  @ApiOkResponse({ description: 'Your channels, latest activity first, with the last message and unread count' })
  @ApiErrors(401)
  async list(@CurrentPrincipal() p: Principal) {
    return (await this.messaging.channels(p.userId)).map(toChannelView);
  }

  @Post('direct')
  @ApiCreatedResponse({ description: 'The conversation of your organisation with another, opened on first use' })
  @ApiErrors(400, 401, 404)
  async direct(@CurrentPrincipal() p: Principal, @Body() dto: OpenDirectDto) {
    const s = await this.consortia.standing(p);
    await this.consortia.requireVisibleOrganisation(s, dto.withOrganisationId);
    return toChannelView(
      await this.messaging.openDirect(
        p.userId,
        dto.organisationId,
        dto.withOrganisationId,
        s.memberOf(dto.organisationId),
      ),
    );
  }

  @Get(':id')
  @ApiOkResponse({ description: 'One channel; 404 for anyone who is not in it' })
  @ApiErrors(400, 401, 404)
  async get(@CurrentPrincipal() p: Principal, @Id() id: string) {
    return toChannelView(await this.messaging.channel(p.userId, id));
  }

  @Get(':id/messages')
  @ApiOkResponse({
    description:
      'A page of messages in sequence order, with olderCursor and newerCursor to page both ways; q searches the channel',
  })
  @ApiErrors(400, 401, 404)
  async history(@CurrentPrincipal() p: Principal, @Id() id: string, @Query() q: HistoryQueryDto) {
    const key = decodeCursor(q.cursor, isHistoryKey);
    const search = key?.q ?? q.q;
    const page = await this.messaging.history(p.userId, id, {
      direction: key?.d ?? 'older',
      seq: key?.s ?? null,
      limit: q.limit ?? 50,
      q: search,
    });
    return {
      items: page.items,
      olderCursor: page.older !== null ? encodeCursor({ d: 'older', s: page.older, q: search }) : null,
      newerCursor: page.newer !== null ? encodeCursor({ d: 'newer', s: page.newer }) : null,
    };
  }

  @Post(':id/messages')
  @ApiCreatedResponse({
    description: 'Stored, then delivered to every member; 200 with the stored one for a repeated clientId',
  })
  @ApiErrors(400, 401, 404, 429)
  async send(
    @CurrentPrincipal() p: Principal,
    @Id() id: string,
    @Body() dto: SendMessageDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { message, duplicate } = await this.messaging.send(p.userId, { channelId: id, ...dto }, p);
    if (duplicate) reply.status(200);
    return message;
  }

  @Patch(':id/messages/:messageId')
  @ApiOkResponse({ description: 'Authors edit their own messages; the edit time is kept' })
  @ApiErrors(400, 401, 403, 404, 409)
  async edit(
    @CurrentPrincipal() p: Principal,
    @Id() _id: string,
    @Param('messageId', ParseUUIDPipe) messageId: string,
    @Body() dto: EditMessageDto,
  ) {
    return this.messaging.edit(p.userId, messageId, dto.body);
  }

  @Delete(':id/messages/:messageId')
  @ApiOkResponse({ description: 'Authors delete their own messages; the message stays, shown as deleted' })
  @ApiErrors(400, 401, 403, 404, 409)
  async remove(
    @CurrentPrincipal() p: Principal,
    @Id() _id: string,
    @Param('messageId', ParseUUIDPipe) messageId: string,
  ) {
    return this.messaging.remove(p.userId, messageId);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Moves your read marker forward; answers it and your unread count' })
  @ApiErrors(400, 401, 404)
  read(@CurrentPrincipal() p: Principal, @Id() id: string, @Body() dto: ReadDto) {
    return this.messaging.markRead(p.userId, id, dto.seq);
  }
}
