import { Body, Controller, Delete, Get, HttpCode, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { AuthService, PASSWORD_MAX_LENGTH, type Principal } from '@syndesmos/auth';
import { CallService, ConsortiumService } from '@syndesmos/consortia';
import { SuggestionService } from '@syndesmos/matching';
import { MessagingService } from '@syndesmos/messaging';
import { Notifier } from '@syndesmos/notifications';
import { OrganisationService, runAfter } from '@syndesmos/organisations';
import { ErrorCode } from '@syndesmos/common';
import { MALFORMED, SIGNED_OUT } from '../common/api-error-codes';
import { ApiErrors } from '../common/api-errors.decorator';
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
    private readonly consortia: ConsortiumService,
    private readonly calls: CallService,
    private readonly messaging: MessagingService,
    private readonly suggestions: SuggestionService,
  ) {}

  @Get('export')
  @ApiOperation({
    summary: 'Download your data',
    description: 'A signed-in user: everything the platform holds about them, as one JSON file.',
  })
  @ApiProduces('application/json')
  @ApiOkResponse({
    type: MyDataExportResponseDto,
    description:
      'Everything about you, as a JSON file (`syndesmos-export-YYYY-MM-DD.json`): account, sessions, organisations ' +
      '(members, pending changes, decisions), invitations to organisations and consortia, the partner calls of your ' +
      'organisations (drafts too) and the answers they gave, consortium memberships and the history entries that ' +
      'concern your organisations, the messages you wrote, what you did with suggestions, reports, notifications ' +
      'and notification preferences',
    headers: {
      'Content-Disposition': {
        description: 'attachment; filename="syndesmos-export-YYYY-MM-DD.json"',
        schema: { type: 'string' },
      },
    },
  })
  @ApiErrors({ 401: SIGNED_OUT })
  async export(
    @CurrentPrincipal() p: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MyDataExportResponseDto> {
    const [account, organisations, notifications, preferences, messages, suggestionActions] = await Promise.all([
      this.auth.exportAccount(p),
      this.organisations.exportFor(p.userId),
      this.notifications.list(p.userId, 10_000),
      this.notifications.preferences(p.userId),
      this.messaging.writtenBy(p.userId),
      this.suggestions.actionsBy(p.userId),
    ]);
    const orgIds = organisations.organisations.map((o) => o.organisation.id);
    const [consortia, calls] = await Promise.all([this.consortia.exportFor(orgIds), this.calls.exportFor(orgIds)]);
    const exportedAt = new Date();
    reply.header(
      'content-disposition',
      `attachment; filename="syndesmos-export-${exportedAt.toISOString().slice(0, 10)}.json"`,
    );
    const titled = notifications.items.map((row) => ({ row, ...this.notifications.describeFor(row, p.locale) }));
    return toMyDataExportResponse(
      {
        account,
        organisations,
        notifications: titled,
        organisationInvitations: organisations.organisationInvitations,
        consortia,
        calls,
        messages,
        suggestionActions,
        notificationPreferences: preferences,
      },
      exportedAt,
    );
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
  @ApiErrors({ 400: MALFORMED, 401: SIGNED_OUT, 403: [ErrorCode.WrongPassword] })
  async delete(@CurrentPrincipal() p: Principal, @Body() dto: DeleteAccountDto): Promise<void> {
    await this.auth.confirmPassword(p, dto.password);
    const released = await this.auth.deleteAccount(p, (em) => this.organisations.releaseUser(em, p.userId));
    await runAfter(released.after);
  }
}
