import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccountEmails, type Principal } from '@syndesmos/auth';
import { ErrorCode } from '@syndesmos/common';
import { MALFORMED, RATE_LIMITED, SIGNED_OUT } from '../common/api-error-codes';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentPrincipal, Public } from '../common/auth.guard';
import { clientIp, type AppRequest } from '../common/http-request';
import { EmailChangeDto, MailSentResponseDto, ResetConfirmDto, ResetRequestDto, TokenDto } from './auth.dto';

/** Answered whether or not the address has an account, so the answer tells nothing. */
const RESET_ANSWER: MailSentResponseDto = {
  message: 'If an account uses this address, a link to choose a new password is on its way.',
};

const MAIL_LIMIT =
  'Mail is limited per address and per IP address (ACCOUNT_MAIL_RATE_LIMIT_*): past the limit the answer is the same and nothing is mailed.';

@ApiTags('auth')
@Controller('auth')
export class AccountMailController {
  constructor(private readonly emails: AccountEmails) {}

  @Public()
  @Post('verify-email')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Confirm an e-mail address',
    description: 'Anyone holding the token of a confirmation link (no sign-in needed); each token works once.',
  })
  @ApiNoContentResponse({ description: 'The address is confirmed (the link’s token, once)' })
  @ApiErrors({ 400: MALFORMED, 404: [ErrorCode.LinkInvalid] })
  async verify(@Body() dto: TokenDto): Promise<void> {
    await this.emails.verify(dto.token);
  }

  @Public()
  @Post('password-reset')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Ask for a password reset link',
    description: `Anyone, without signing in. The same answer for every address, so it tells nothing about accounts. ${MAIL_LIMIT}`,
  })
  @ApiAcceptedResponse({
    type: MailSentResponseDto,
    description: 'The same answer for every address; a link is mailed when it has an account',
    example: RESET_ANSWER,
  })
  @ApiErrors({ 400: MALFORMED })
  async requestReset(@Body() dto: ResetRequestDto, @Req() req: AppRequest): Promise<MailSentResponseDto> {
    await this.emails.requestReset(dto.email, clientIp(req));
    return RESET_ANSWER;
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Choose a new password with a reset link',
    description: 'Anyone holding the token of a reset link (no sign-in needed); each token works once.',
  })
  @ApiNoContentResponse({ description: 'New password set; every session of the account ends' })
  @ApiErrors({ 400: MALFORMED, 404: [ErrorCode.LinkInvalid] })
  async confirmReset(@Body() dto: ResetConfirmDto): Promise<void> {
    await this.emails.resetPassword(dto.token, dto.newPassword);
  }

  @Public()
  @Post('confirm-email-change')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Confirm a change of e-mail address',
    description:
      'Anyone holding the token mailed to the new address (no sign-in needed); EMAIL_TAKEN when another account took the address meanwhile.',
  })
  @ApiNoContentResponse({ description: 'The new address replaces the old one' })
  @ApiErrors({ 400: MALFORMED, 404: [ErrorCode.LinkInvalid], 409: [ErrorCode.EmailTaken] })
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
  @ApiOperation({
    summary: 'Mail a new confirmation link',
    description: `A signed-in user whose address is not confirmed yet (INVALID_STATE otherwise). ${MAIL_LIMIT}`,
  })
  @ApiAcceptedResponse({
    type: MailSentResponseDto,
    description: 'A new confirmation link is on its way (the older ones stop working)',
  })
  @ApiErrors({ 401: SIGNED_OUT, 409: [ErrorCode.InvalidState] })
  async resend(@CurrentPrincipal() p: Principal, @Req() req: AppRequest): Promise<MailSentResponseDto> {
    await this.emails.resendVerification(p.userId, clientIp(req));
    return { message: 'A new confirmation link is on its way.' };
  }

  @Post('email')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Change your e-mail address',
    description:
      'A signed-in user, with their password. Rate limited per user, per address and per IP address: past the limit the answer is 429 with Retry-After.',
  })
  @ApiAcceptedResponse({
    type: MailSentResponseDto,
    description: 'A confirmation link goes to the new address; the address changes when it is followed',
  })
  @ApiErrors({
    400: MALFORMED,
    401: SIGNED_OUT,
    403: [ErrorCode.WrongPassword],
    409: [ErrorCode.EmailTaken],
    429: RATE_LIMITED,
  })
  async changeEmail(
    @CurrentPrincipal() p: Principal,
    @Body() dto: EmailChangeDto,
    @Req() req: AppRequest,
  ): Promise<MailSentResponseDto> {
    await this.emails.requestEmailChange(p, dto.password, dto.newEmail, clientIp(req));
    return { message: `A confirmation link is on its way to ${dto.newEmail}.` };
  }
}
