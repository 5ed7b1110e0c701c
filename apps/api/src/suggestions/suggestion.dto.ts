import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { SUGGESTION_ACTIONS, type SuggestionAction, type TargetKind } from '@syndesmos/matching';
import { PageQueryDto } from '../common/pagination';

// What the suggestions endpoints take.

export const TARGET_KINDS = ['organisation', 'call'] as const satisfies readonly TargetKind[];
export const DISMISS_REASON_MAX_LENGTH = 500;

export class SuggestionListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: TARGET_KINDS,
    description: 'Only suggested organisations, or only suggested calls (organisation subjects get both)',
  })
  @IsOptional()
  @IsIn(TARGET_KINDS)
  kind?: TargetKind;
}

export class DismissDto {
  @ApiPropertyOptional({
    maxLength: DISMISS_REASON_MAX_LENGTH,
    description: 'Why it does not fit (kept for the acceptance figures)',
    example: 'Already talking to them',
  })
  @IsOptional()
  @IsString()
  @MaxLength(DISMISS_REASON_MAX_LENGTH)
  reason?: string;
}

export class ActDto {
  @ApiProperty({
    enum: SUGGESTION_ACTIONS,
    description:
      '`message`: open the direct conversation with a suggested organisation; `invite`: invite it into the ' +
      'consortium it was suggested for; `answer`: where to answer a suggested call',
    example: 'message',
  })
  @IsIn(SUGGESTION_ACTIONS)
  action!: SuggestionAction;
}
