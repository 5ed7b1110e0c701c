import { Body, Controller, Delete, Get, HttpCode } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { AuthService, PASSWORD_MAX_LENGTH, type Principal } from '@syndesmos/auth';
import { Notifier } from '@syndesmos/notifications';
import { OrganisationService } from '@syndesmos/organisations';
import { ErrorCode } from '@syndesmos/common';
import { ApiErrorCodes, MALFORMED, SIGNED_OUT } from '../common/api-error-codes';
import { CurrentPrincipal } from '../common/auth.guard';
import { MyDataExportResponseDto, toMyDataExportResponse } from './my-data-response.dto';

export class DeleteAccountDto {
  @ApiProperty({
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'Your current password, to confirm',
    example: 'Olive-harbour-1987',
  })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

/** "Your data": download everything about you, or delete your account. */
@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MyDataController {
  constructor(
    private readonly auth: AuthService,
    private readonly organisations: OrganisationService,
    private readonly notifications: Notifier,
  ) {}

  @Get('export')
  @ApiOperation({
    summary: 'Download your data',
    description: 'A signed-in user: everything the platform holds about them, as one JSON document.',
  })
  @ApiOkResponse({
    type: MyDataExportResponseDto,
    description:
      'Your account, sessions, organisations (with members, pending changes, decisions), reports and notifications, as JSON',
  })
  @ApiErrorCodes({ 401: SIGNED_OUT })
  async export(@CurrentPrincipal() p: Principal): Promise<MyDataExportResponseDto> {
    const [account, organisations, notifications] = await Promise.all([
      this.auth.exportAccount(p),
      this.organisations.exportFor(p.userId),
      this.notifications.list(p.userId, 10_000),
    ]);
    const titled = notifications.items.map((row) => ({
      row,
      ...this.notifications.describeFor(row, p.preferredLanguage),
    }));
    return toMyDataExportResponse({ account, organisations, notifications: titled }, new Date());
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete your account',
    description: 'A signed-in user, with their password (WRONG_PASSWORD otherwise).',
  })
  @ApiNoContentResponse({
    description:
      'Deletes your account and memberships. An organisation you alone own passes to its longest-standing admin, or is deleted when it has none.',
  })
  @ApiErrorCodes({ 400: MALFORMED, 401: SIGNED_OUT, 403: [ErrorCode.WrongPassword] })
  async delete(@CurrentPrincipal() p: Principal, @Body() dto: DeleteAccountDto): Promise<void> {
    await this.auth.confirmPassword(p, dto.password);
    await this.organisations.releaseUser(p.userId);
    await this.auth.deleteAccount(p);
  }
}
