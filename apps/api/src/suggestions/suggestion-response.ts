import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Locale } from '@syndesmos/common';
import {
  SUGGESTION_ACTIONS,
  suggestionKey,
  WEIGHTS,
  type ActOutcome,
  type Component,
  type SuggestionAction,
  type SuggestionKey,
  type SuggestionRow,
  type SuggestionStats,
} from '@syndesmos/matching';
import { PageOf } from '../common/page.dto';
import { decodeCursor, encodeCursor } from '../common/pagination';
import { TARGET_KINDS } from './suggestion.dto';

// What the suggestions endpoints answer, and the pure mappings from the domain's results.

const UUID_EXAMPLE = '6f1c2a9e-8d4b-4c3a-9e2f-1b7d5a3c9e10';

/** Points per named scoring component (weights in libs/matching WEIGHTS); absent when it did not apply. */
export class ScoreComponentsDto {}
for (const name of Object.keys(WEIGHTS) as Component[]) {
  ApiPropertyOptional({ type: Number, description: `Points from ${name}` })(ScoreComponentsDto.prototype, name);
}

export class SuggestionTargetDto {
  @ApiProperty({ enum: TARGET_KINDS, example: 'organisation' }) kind!: 'organisation' | 'call';
  @ApiProperty({ format: 'uuid', example: UUID_EXAMPLE }) id!: string;
  @ApiProperty({ description: 'The organisation’s display name or the call’s title', example: 'Porto Metalworks' })
  name!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'ISO 3166-1 alpha-2 country of the organisation (of the calling organisation for a call)',
    example: 'PT',
  })
  country!: string | null;
}

export class SuggestionResponseDto {
  @ApiProperty({ format: 'uuid', example: UUID_EXAMPLE }) id!: string;
  @ApiProperty({ type: SuggestionTargetDto }) target!: SuggestionTargetDto;
  @ApiProperty({ description: 'The sum of the components', example: 9.75 }) score!: number;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Place in the subject’s list of this kind', example: 1 })
  rank!: number;
  @ApiProperty({
    type: [String],
    description: 'Why, in the caller’s language',
    example: ['Shares topics: Green skills, Apprenticeships', 'A sector you look for: Manufacturing'],
  })
  reasons!: string[];
  @ApiProperty({ type: ScoreComponentsDto, example: { soughtSector: 2.5, topic: 2, soughtType: 2 } })
  components!: ScoreComponentsDto;
  @ApiProperty({ enum: ['new', 'saved', 'acted'], example: 'new' }) status!: 'new' | 'saved' | 'acted';
  @ApiProperty({ format: 'date-time', example: '2026-11-29T03:00:12.000Z' }) createdAt!: string;
}

export const SuggestionPageDto = PageOf(SuggestionResponseDto);

export class SuggestedChannelOrganisationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Porto Metalworks' }) name!: string;
}

export class SuggestedChannelDto {
  @ApiProperty({ format: 'uuid', example: UUID_EXAMPLE }) id!: string;
  @ApiProperty({ enum: ['direct'], example: 'direct' }) kind!: 'direct';
  @ApiProperty({ example: 'Porto Metalworks' }) title!: string;
  @ApiProperty({ type: [SuggestedChannelOrganisationDto] }) organisations!: SuggestedChannelOrganisationDto[];
}

export class SuggestedInvitationDto {
  @ApiProperty({ format: 'uuid', example: UUID_EXAMPLE }) id!: string;
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({ enum: ['partner', 'associated_partner'], example: 'partner' }) role!: string;
  @ApiProperty({ enum: ['pending'], example: 'pending' }) status!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class SuggestionActResponseDto {
  @ApiProperty({ enum: SUGGESTION_ACTIONS, example: 'message' }) action!: SuggestionAction;
  @ApiPropertyOptional({ type: SuggestedChannelDto, description: '`message`: the direct conversation, opened' })
  channel?: SuggestedChannelDto;
  @ApiPropertyOptional({ type: SuggestedInvitationDto, description: '`invite`: the invitation sent' })
  invitation?: SuggestedInvitationDto;
  @ApiPropertyOptional({ format: 'uuid', description: '`answer`: the suggested call' })
  callId?: string;
  @ApiPropertyOptional({
    description: '`answer`: where to POST the answer',
    example: '/v1/calls/6f1c2a9e-8d4b-4c3a-9e2f-1b7d5a3c9e10/answers',
  })
  answerUrl?: string;
}

export class SuggestionStatsResponseDto {
  @ApiProperty({
    enum: ['organisation→organisation', 'organisation→call', 'call→organisation', 'consortium→organisation'],
    description: 'Subject kind → suggested kind',
    example: 'organisation→organisation',
  })
  kind!: string;
  @ApiProperty({ type: 'integer', minimum: 0, example: 120 }) suggested!: number;
  @ApiProperty({ type: 'integer', minimum: 0, example: 14 }) saved!: number;
  @ApiProperty({ type: 'integer', minimum: 0, example: 30 }) dismissed!: number;
  @ApiProperty({ type: 'integer', minimum: 0, example: 9 }) acted!: number;
  @ApiProperty({
    minimum: 0,
    maximum: 1,
    description: '(acted + saved) / suggested, to three decimals; 0 when none were made',
    example: 0.192,
  })
  acceptanceRate!: number;
}

export function toSuggestionResponse(s: SuggestionRow, locale: Locale): SuggestionResponseDto {
  return {
    id: s.id,
    target: { kind: s.targetKind, id: s.targetId, name: s.targetName, country: s.targetCountry },
    score: s.score,
    rank: s.rank,
    reasons: s.reasons[locale] ?? s.reasons.en,
    components: s.components,
    // Lists hold only these; a dismissed or stale one is never listed.
    status: s.status as SuggestionResponseDto['status'],
    createdAt: s.createdAt.toISOString(),
  };
}

export function toSuggestionPage(
  page: { items: SuggestionRow[]; more: boolean },
  locale: Locale,
): InstanceType<typeof SuggestionPageDto> {
  const last = page.items[page.items.length - 1];
  return {
    items: page.items.map((s) => toSuggestionResponse(s, locale)),
    nextCursor: page.more && last ? encodeCursor(suggestionKey(last)) : null,
  };
}

export function toActResponse(o: ActOutcome): SuggestionActResponseDto {
  if (o.action === 'message') {
    const c = o.channel;
    return {
      action: o.action,
      channel: { id: c.id, kind: 'direct', title: c.title, organisations: c.organisations },
    };
  }
  if (o.action === 'invite') {
    const i = o.invitation;
    return {
      action: o.action,
      invitation: {
        id: i.id,
        consortiumId: i.consortiumId,
        organisationId: i.organisationId,
        role: i.role,
        status: i.status,
        createdAt: i.createdAt.toISOString(),
      },
    };
  }
  return { action: o.action, callId: o.callId, answerUrl: `/v1/calls/${o.callId}/answers` };
}

export const toStatsResponse = (r: SuggestionStats): SuggestionStatsResponseDto => ({
  kind: r.kind,
  suggested: r.suggested,
  saved: r.saved,
  dismissed: r.dismissed,
  acted: r.acted,
  acceptanceRate: r.acceptanceRate,
});

const isSuggestionKey = (v: unknown): v is SuggestionKey => {
  const k = v as Partial<SuggestionKey> | null;
  return (
    typeof k === 'object' &&
    k !== null &&
    (k.kindOrder === 0 || k.kindOrder === 1) &&
    Number.isInteger(k.rank) &&
    typeof k.id === 'string' &&
    /^[0-9a-f-]{36}$/.test(k.id)
  );
};

/** The key a `nextCursor` of toSuggestionPage holds; a cursor this API did not issue is a 400. */
export const decodeSuggestionCursor = (cursor: string | undefined): SuggestionKey | undefined =>
  decodeCursor(cursor, isSuggestionKey);
