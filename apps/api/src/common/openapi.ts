import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { AppConfig } from '@syndesmos/config';
import { ERROR_MODELS } from './api-errors.decorator';

/** One tag per feature, in the order a reader meets them. */
export const API_TAGS: readonly (readonly [name: string, description: string])[] = [
  ['auth', 'Accounts and sessions: register, verify the address, sign in, refresh, sign out, passwords'],
  ['me', 'The signed-in user: profile, preferences, organisations, their data'],
  ['organisations', 'Organisation profiles, members, invitations, submission for review'],
  ['public', 'Published organisation profiles, readable without signing in'],
  ['moderation', 'National Agency staff: review, reject, suspend, reports, the audit log'],
  ['search', 'Full-text and faceted search of organisations and partner calls'],
  ['calls', 'Partner calls and the answers to them'],
  ['consortia', 'Consortia: partners, invitations, the programme rules'],
  [
    'workplans',
    'A consortium’s workplan: frame, work packages, activities, results, events, its rule report and history',
  ],
  ['channels', 'Consortium and direct channels: message history, sending, read markers'],
  ['notifications', 'In-app notifications and their preferences'],
  ['suggestions', 'Match suggestions with their reasons: dismiss, save, act'],
  ['admin', 'Operators: queues and jobs'],
  ['taxonomies', 'Countries, NACE sections, organisation types, topics, languages, programme rules'],
  ['platform', 'What a client needs to reach this deployment (the realtime gateway address)'],
  ['health', 'Liveness and readiness of the API and the services it needs'],
];

const DESCRIPTION = [
  'Partner matching for Erasmus+ KA2 VET partnerships.',
  '',
  'Every error has one shape, `ErrorBody`: `{ statusCode, code, message, details?, errorId?, requestId }`.',
  'Programs branch on `code`; `message` follows Accept-Language (en, el). Besides the answers each',
  'operation lists, any request may be refused before it reaches an operation with 400',
  '`MALFORMED_REQUEST` (an address that is not properly encoded), 404 `NOT_FOUND` (no such route),',
  '413 `PAYLOAD_TOO_LARGE`, 414 `URI_TOO_LONG` (a path parameter over the limit) or 415',
  '`UNSUPPORTED_MEDIA_TYPE` (a body that is not application/json), always with the same body.',
  '',
  'Lists that can grow answer `{ items, nextCursor }`: pass `nextCursor` back as `cursor` until it is null.',
].join('\n');

/** The API's OpenAPI document, built from the application's controllers and DTOs. */
export function buildOpenApiDocument(app: INestApplication, config: AppConfig): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Syndesmos API')
    .setDescription(DESCRIPTION)
    .setVersion('1')
    .addServer(config.publicApiUrl, 'This deployment')
    .addBearerAuth();
  for (const [name, description] of API_TAGS) builder.addTag(name, description);
  return SwaggerModule.createDocument(app, builder.build(), { extraModels: ERROR_MODELS });
}
