import { EXAMPLE_ORGANISATIONS } from '../calls/call.examples';
import type { ChannelResponseDto, MessageResponseDto } from './channel-response';
import type { OpenDirectDto, SendMessageDto } from './channel.dto';

// Worked examples for the OpenAPI document, typed by the DTOs they illustrate.

const CHANNEL_ID = '9e8d7c6b-5a49-4382-9716-a5b4c3d2e1f0';

export const SEND_MESSAGE_EXAMPLE: SendMessageDto = {
  clientId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  body: 'Shall we meet on Thursday to plan the welding module? https://example.eu/agenda',
  mentions: [],
};

export const OPEN_DIRECT_EXAMPLE: OpenDirectDto = {
  organisationId: EXAMPLE_ORGANISATIONS.GR_SCHOOL,
  withOrganisationId: EXAMPLE_ORGANISATIONS.PT_SME,
};

export const MESSAGE_EXAMPLE: MessageResponseDto = {
  id: '6f5e4d3c-2b1a-4098-8765-43210fedcba9',
  channelId: CHANNEL_ID,
  seq: 12,
  authorId: 'd4c3b2a1-0f9e-48d7-b6c5-a4b3c2d1e0f9',
  authorDeleted: false,
  clientId: SEND_MESSAGE_EXAMPLE.clientId,
  body: SEND_MESSAGE_EXAMPLE.body,
  replyTo: null,
  mentions: [],
  links: ['https://example.eu/agenda'],
  createdAt: '2026-12-01T10:15:00.000Z',
  editedAt: null,
  deleted: false,
};

export const CHANNEL_EXAMPLE: ChannelResponseDto = {
  id: CHANNEL_ID,
  kind: 'consortium',
  consortiumId: '3f9a2b1c-7d6e-4a5b-9c8d-1e2f3a4b5c6d',
  title: 'Green welding skills',
  organisations: [
    { id: EXAMPLE_ORGANISATIONS.GR_SCHOOL, name: 'EPAL Thessalonikis' },
    { id: EXAMPLE_ORGANISATIONS.PT_SME, name: 'Metalurgica do Norte' },
  ],
  lastSeq: 12,
  lastReadSeq: 10,
  unread: 2,
  lastMessage: MESSAGE_EXAMPLE,
  lastMessageAt: MESSAGE_EXAMPLE.createdAt,
};
