import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { MAX_MENTIONS, MESSAGE_MAX_LENGTH } from '@syndesmos/messaging';
import { PageQueryDto } from '../common/pagination';
import { Optional } from '../common/validation';

export class OpenDirectDto {
  @ApiProperty({ format: 'uuid', description: 'One of your organisations' }) @IsUUID() organisationId!: string;
  @ApiProperty({ format: 'uuid', description: 'The published organisation to talk to' })
  @IsUUID()
  withOrganisationId!: string;
}

// Length is checked after trimming, by the same rule as sockets (MessagingService); the raw
// text may carry as much whitespace again.
const BODY = {
  minLength: 1,
  maxLength: MESSAGE_MAX_LENGTH * 2,
  description: `At most ${MESSAGE_MAX_LENGTH} characters once trimmed, and not blank`,
  example: 'Shall we meet on Thursday to plan the welding module?',
} as const;

const MENTIONS = {
  type: String,
  format: 'uuid',
  isArray: true,
  maxItems: MAX_MENTIONS,
  description: 'User ids of people in the channel',
} as const;

export class SendMessageDto {
  @ApiProperty({
    format: 'uuid',
    description: 'Your own id for this message: sending it again answers the stored one (200)',
  })
  @IsUUID()
  clientId!: string;

  @ApiProperty(BODY) @IsString() @MaxLength(MESSAGE_MAX_LENGTH * 2) body!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A message of this channel that this one replies to' })
  @IsOptional()
  @IsUUID()
  replyTo?: string;

  @ApiPropertyOptional(MENTIONS)
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_MENTIONS)
  @IsUUID('all', { each: true })
  mentions?: string[];
}

export class EditMessageDto {
  @ApiProperty(BODY) @IsString() @MaxLength(MESSAGE_MAX_LENGTH * 2) body!: string;

  @ApiPropertyOptional({
    ...MENTIONS,
    description:
      'User ids of people in the channel, replacing the stored mentions. Absent: a stored mention stays ' +
      'only while its "@Name" is still in the body. Not null',
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(MAX_MENTIONS)
  @IsUUID('all', { each: true })
  mentions?: string[];
}

export class ReadDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The last sequence number read' })
  @IsInt()
  @Min(0)
  seq!: number;
}

/** `limit` defaults to 50 here; the cursor is olderCursor or newerCursor of a previous page (none: the latest). */
export class HistoryQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ maxLength: 200, description: 'Search the channel (whole words)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
