import { ApiExtraModels, ApiProperty } from '@nestjs/swagger';
import type { ChannelPerson, ChannelSummary } from '@syndesmos/messaging';
import { toPayload } from '@syndesmos/messaging';
import type { MessagePayload } from '@syndesmos/realtime-events';
import { DATE_TIME, nullableRef, UUID } from '../common/openapi-fields';

// What the channel operations answer: the documented classes and the pure mappings to them.

export class MessageResponseDto {
  @ApiProperty({ ...UUID }) id!: string;
  @ApiProperty({ ...UUID }) channelId!: string;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Its place in the channel: 1, 2, 3...' }) seq!: number;
  @ApiProperty({ ...UUID, nullable: true, description: 'null when written by a deleted user' })
  authorId!: string | null;
  @ApiProperty({
    description:
      'Written by a deleted user: an account since deleted, or someone who reached the channel through an organisation since deleted',
  })
  authorDeleted!: boolean;
  @ApiProperty({ ...UUID, description: 'The sender’s own id for it' }) clientId!: string;
  @ApiProperty({ description: 'Plain text (empty once deleted): render it as text' }) body!: string;
  @ApiProperty({ ...UUID, nullable: true }) replyTo!: string | null;
  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'Users mentioned' }) mentions!: string[];
  // No `uri` format: a link is what the text held after http(s)://, not always a valid URI.
  @ApiProperty({ type: String, isArray: true, maxItems: 20, description: 'http(s) links found in the body' })
  links!: string[];
  @ApiProperty({ ...DATE_TIME }) createdAt!: string;
  @ApiProperty({ ...DATE_TIME, nullable: true }) editedAt!: string | null;
  @ApiProperty({ description: 'Deleted by its author: body, mentions and links are empty' }) deleted!: boolean;
}

export function toMessageResponse(m: MessagePayload): MessageResponseDto {
  return {
    id: m.id,
    channelId: m.channelId,
    seq: m.seq,
    authorId: m.authorId || null,
    authorDeleted: m.authorDeleted,
    clientId: m.clientId,
    body: m.body,
    replyTo: m.replyTo,
    mentions: m.mentions,
    links: m.links,
    createdAt: m.createdAt,
    editedAt: m.editedAt,
    deleted: m.deleted,
  };
}

export class ChannelOrganisationDto {
  @ApiProperty({ ...UUID }) id!: string;
  @ApiProperty() name!: string;
}

@ApiExtraModels(MessageResponseDto)
export class ChannelResponseDto {
  @ApiProperty({ ...UUID }) id!: string;
  @ApiProperty({ enum: ['consortium', 'direct'] }) kind!: string;
  @ApiProperty({ ...UUID, nullable: true, description: 'For a consortium’s channel' }) consortiumId!: string | null;
  @ApiProperty({ description: 'The consortium’s name, or the two organisations’ names' }) title!: string;
  @ApiProperty({
    type: ChannelOrganisationDto,
    isArray: true,
    description: 'The organisations in it, by name (the consortium’s members, or the two of a direct conversation)',
  })
  organisations!: ChannelOrganisationDto[];
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The latest sequence number' }) lastSeq!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Your read marker' }) lastReadSeq!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Messages by others after your read marker' })
  unread!: number;
  @ApiProperty(nullableRef(MessageResponseDto)) lastMessage!: MessageResponseDto | null;
  @ApiProperty({ ...DATE_TIME, nullable: true }) lastMessageAt!: string | null;
}

export function toChannelResponse(c: ChannelSummary): ChannelResponseDto {
  return {
    id: c.id,
    kind: c.kind,
    consortiumId: c.consortiumId,
    title: c.title,
    organisations: c.organisations.map((o) => ({ id: o.id, name: o.name })),
    lastSeq: c.lastSeq,
    lastReadSeq: c.lastReadSeq,
    unread: c.unread,
    lastMessage: c.lastMessage && toMessageResponse(toPayload(c.lastMessage)),
    lastMessageAt: c.lastMessageAt ? c.lastMessageAt.toISOString() : null,
  };
}

export class MessageHistoryResponseDto {
  @ApiProperty({ type: MessageResponseDto, isArray: true, description: 'In sequence order, oldest first' })
  items!: MessageResponseDto[];
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Send as `cursor` for the page before this one; null when this page starts the channel (or the search)',
  })
  olderCursor!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Send as `cursor` for what came after this page (poll it for new messages); null for a search or an empty channel',
  })
  newerCursor!: string | null;
}

export class ReadMarkerResponseDto {
  @ApiProperty({ ...UUID }) channelId!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) lastReadSeq!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) unread!: number;
}

export function toReadMarkerResponse(r: { channelId: string; lastReadSeq: number; unread: number }) {
  return { channelId: r.channelId, lastReadSeq: r.lastReadSeq, unread: r.unread };
}

export class ChannelPersonDto {
  @ApiProperty({ ...UUID }) userId!: string;
  @ApiProperty({ example: 'Maria Papadopoulou' }) name!: string;
  @ApiProperty({
    type: ChannelOrganisationDto,
    isArray: true,
    description: 'Their organisations in the channel (through which they take part)',
  })
  organisations!: ChannelOrganisationDto[];
}

export class ChannelPeopleResponseDto {
  @ApiProperty({ type: ChannelPersonDto, isArray: true, description: 'By name' }) items!: ChannelPersonDto[];
}

export function toChannelPeopleResponse(people: ChannelPerson[]): ChannelPeopleResponseDto {
  return {
    items: people.map((p) => ({
      userId: p.userId,
      name: p.name,
      organisations: p.organisations.map((o) => ({ id: o.id, name: o.name })),
    })),
  };
}
