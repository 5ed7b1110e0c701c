import { Body, Controller, Delete, Get, HttpCode } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { AuthService, PASSWORD_MAX_LENGTH, type Principal } from '@syndesmos/auth';
import { Notifier } from '@syndesmos/notifications';
import { OrganisationService, runAfter } from '@syndesmos/organisations';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentPrincipal } from '../common/auth.guard';

export class DeleteAccountDto {
  @ApiProperty({ description: 'Your current password, to confirm' })
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
  @ApiOkResponse({
    description:
      'Your account, sessions, organisations (with members, pending changes, decisions), reports and notifications, as JSON',
  })
  @ApiErrors(401)
  async export(@CurrentPrincipal() p: Principal) {
    const [account, organisations, notifications] = await Promise.all([
      this.auth.exportAccount(p),
      this.organisations.exportFor(p.userId),
      this.notifications.list(p.userId, 10_000),
    ]);
    return { exportedAt: new Date().toISOString(), ...account, ...organisations, notifications: notifications.items };
  }

  @Delete()
  @HttpCode(204)
  @ApiNoContentResponse({
    description:
      'Deletes your account and memberships. An organisation you alone own passes to its longest-standing admin, or is deleted when it has none.',
  })
  @ApiErrors(400, 401, 403)
  async delete(@CurrentPrincipal() p: Principal, @Body() dto: DeleteAccountDto): Promise<void> {
    await this.auth.confirmPassword(p, dto.password);
    const released = await this.auth.deleteAccount(p, (em) => this.organisations.releaseUser(em, p.userId));
    await runAfter(released.after);
  }
}
