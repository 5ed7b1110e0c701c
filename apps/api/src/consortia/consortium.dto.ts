import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import {
  ACTIONS,
  CONSORTIUM_STATUSES,
  INVITED_ROLES,
  type Action,
  type ConsortiumStatus,
  type InvitedRole,
} from '@syndesmos/consortia';
import { PageQueryDto } from '../common/pagination';
import { Nullable, Optional } from '../common/validation';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class CreateConsortiumDto {
  @ApiProperty({ format: 'uuid', description: 'The coordinating organisation (you administer it; it is published)' })
  @IsUUID()
  organisationId!: string;

  @ApiProperty({ minLength: 3, maxLength: 200 }) @IsString() @Length(3, 200) name!: string;

  @ApiProperty({ enum: ACTIONS }) @IsIn(ACTIONS) action!: Action;

  @ApiPropertyOptional({ maxLength: 5000 }) @IsOptional() @IsString() @MaxLength(5000) summary?: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'date',
    example: '2027-03-05',
    description: 'Target NA deadline',
  })
  @IsOptional()
  @Nullable()
  @Matches(DAY, { message: 'naDeadline must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  naDeadline?: string | null;
}

export class UpdateConsortiumDto {
  @ApiPropertyOptional({ minLength: 3, maxLength: 200 }) @Optional() @IsString() @Length(3, 200) name?: string;
  @ApiPropertyOptional({ maxLength: 5000 }) @Optional() @IsString() @MaxLength(5000) summary?: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'date',
    description: 'Target NA deadline; null clears it',
  })
  @Optional()
  @Nullable()
  @Matches(DAY, { message: 'naDeadline must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  naDeadline?: string | null;
}

export class InviteOrganisationDto {
  @ApiProperty({ format: 'uuid', description: 'A published organisation' }) @IsUUID() organisationId!: string;
  @ApiProperty({ enum: INVITED_ROLES }) @IsIn(INVITED_ROLES) role!: InvitedRole;
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) message?: string;
}

export class TransitionDto {
  @ApiProperty({ enum: CONSORTIUM_STATUSES })
  @IsIn(CONSORTIUM_STATUSES)
  to!: ConsortiumStatus;

  @ApiPropertyOptional({ minLength: 3, maxLength: 64, description: 'Required when moving to submitted' })
  @IsOptional()
  @IsString()
  @Length(3, 64)
  applicationReference?: string;
}

export class HandOverDto {
  @ApiProperty({ format: 'uuid', description: 'A full partner of the consortium' })
  @IsUUID()
  organisationId!: string;
}

export class InvitationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only invitations to this organisation of yours' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}
