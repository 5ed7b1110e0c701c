import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { AccountEmails, type Principal } from '@syndesmos/auth';
import { Notifier } from '@syndesmos/notifications';
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

export class UnsubscribeQueryDto {
  @IsString() @MaxLength(64) u!: string;
  @IsString() @MaxLength(64) k!: string;
  @IsString() @MaxLength(128) t!: string;
}

/** One-click unsubscribe from e-mail links, without signing in (RFC 8058 POST, or GET from a browser). */
@ApiTags('me')
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(private readonly notifier: Notifier) {}

  @Public()
  @Get()
  @ApiOkResponse({ description: 'A short page saying e-mail of that kind has stopped' })
  @ApiErrors(400, 404)
  async viaBrowser(@Query() q: UnsubscribeQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.notifier.unsubscribe(q.u, q.k, q.t);
    reply.header('content-type', 'text/html; charset=utf-8');
    return `<!doctype html><html><body style="font-family:sans-serif"><p>You will no longer get e-mail about this (${q.k.replace(/[^a-z._]/g, '')}). You still see it in Syndesmos, and you can change this in your preferences.</p><p lang="el">Δεν θα λαμβάνετε πλέον e-mail για αυτό. Θα το βλέπετε ακόμη στο Syndesmos.</p></body></html>`;
  }

  @Public()
  @Post()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Unsubscribed (mail clients POST here for List-Unsubscribe=One-Click)' })
  @ApiErrors(400, 404)
  async oneClick(@Query() q: UnsubscribeQueryDto): Promise<void> {
    await this.notifier.unsubscribe(q.u, q.k, q.t);
  }
}
