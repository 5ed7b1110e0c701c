import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { AccountEmails, type Principal } from '@syndesmos/auth';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentPrincipal, Public } from '../common/auth.guard';
import { clientIp, type AppRequest } from '../common/http-request';
import { EmailChangeDto, ResetConfirmDto, ResetRequestDto, TokenDto } from './auth.dto';

/** Answered whether or not the address has an account, so the answer tells nothing. */
const RESET_ANSWER = { message: 'If an account uses this address, a link to choose a new password is on its way.' };

@ApiTags('auth')
@Controller('auth')
export class AccountMailController {
  constructor(private readonly emails: AccountEmails) {}

  @Public()
  @Post('verify-email')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The address is confirmed (the link’s token, once)' })
  @ApiErrors(400, 404)
  async verify(@Body() dto: TokenDto): Promise<void> {
    await this.emails.verify(dto.token);
  }

  @Public()
  @Post('password-reset')
  @HttpCode(202)
  @ApiAcceptedResponse({
    description:
      'The same answer for every address; a link is mailed when it has an account. Past the per-address or per-IP limit (ACCOUNT_MAIL_RATE_LIMIT_*) the answer is the same and nothing is mailed',
  })
  @ApiErrors(400)
  async requestReset(@Body() dto: ResetRequestDto, @Req() req: AppRequest) {
    await this.emails.requestReset(dto.email, clientIp(req));
    return RESET_ANSWER;
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'New password set; every session of the account ends' })
  @ApiErrors(400, 404)
  async confirmReset(@Body() dto: ResetConfirmDto): Promise<void> {
    await this.emails.resetPassword(dto.token, dto.newPassword);
  }

  @Public()
  @Post('confirm-email-change')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The new address replaces the old one' })
  @ApiErrors(400, 404, 409)
  async confirmChange(@Body() dto: TokenDto): Promise<void> {
    await this.emails.confirmEmailChange(dto.token);
  }
}

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MyAccountMailController {
  constructor(private readonly emails: AccountEmails) {}

  @Post('verification')
  @HttpCode(202)
  @ApiAcceptedResponse({
    description:
      'A new confirmation link is on its way (the older ones stop working). Past the per-address or per-IP limit (ACCOUNT_MAIL_RATE_LIMIT_*) the answer is the same and nothing is mailed',
  })
  @ApiErrors(401, 409)
  async resend(@CurrentPrincipal() p: Principal, @Req() req: AppRequest) {
    await this.emails.resendVerification(p.userId, clientIp(req));
    return { message: 'A new confirmation link is on its way.' };
  }

  @Post('email')
  @HttpCode(202)
  @ApiAcceptedResponse({
    description: 'A confirmation link goes to the new address; the address changes when it is followed',
  })
  @ApiErrors(400, 401, 403, 409, 429)
  async changeEmail(@CurrentPrincipal() p: Principal, @Body() dto: EmailChangeDto, @Req() req: AppRequest) {
    await this.emails.requestEmailChange(p, dto.password, dto.newEmail, clientIp(req));
    return { message: `A confirmation link is on its way to ${dto.newEmail}.` };
  }
}
