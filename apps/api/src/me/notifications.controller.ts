import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, MaxLength, ValidateNested } from 'class-validator';
import type { Principal } from '@syndesmos/auth';
import { DELIVERIES, NOTIFICATION_KIND_NAMES, Notifier, type NotificationRow } from '@syndesmos/notifications';
import { INVALID, MALFORMED, NOT_FOUND, SIGNED_OUT } from '../common/api-error-codes';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentPrincipal } from '../common/auth.guard';
import { UuidParams } from '../common/uuid-params';
import { decodeTimeCursor, PageQueryDto, timePage } from '../common/pagination';
import {
  MarkedReadResponseDto,
  NotificationListResponseDto,
  NotificationPreferenceResponseDto,
  UnreadCountResponseDto,
  toNotificationResponse,
  toPreferenceResponse,
} from './notification-response.dto';

export class PreferenceDto {
  @ApiProperty({ enum: NOTIFICATION_KIND_NAMES, enumName: 'NotificationKind', maxLength: 40 })
  @IsString()
  @MaxLength(40)
  kind!: string;

  @ApiProperty({ enum: DELIVERIES, enumName: 'Delivery', maxLength: 10 })
  @IsString()
  @MaxLength(10)
  delivery!: string;
}

export class PreferencesDto {
  @ApiProperty({ type: [PreferenceDto], maxItems: 50, description: 'Only the kinds to change' })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PreferenceDto)
  preferences!: PreferenceDto[];
}

const ANYONE = 'A signed-in user, about their own notifications.';

/** The notification centre and the e-mail preferences of the signed-in user. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me')
export class NotificationsController {
  constructor(private readonly notifier: Notifier) {}

  private view(p: Principal) {
    return (n: NotificationRow) => {
      const d = this.notifier.describeFor(n, p.locale);
      return toNotificationResponse(n, d.title, d.link);
    };
  }

  @Get('notifications')
  @ApiOperation({
    summary: 'List your notifications',
    description: `${ANYONE} Newest first, a page at a time, with the unread count.`,
  })
  @ApiOkResponse({
    type: NotificationListResponseDto,
    description: 'Newest first, titled in the Accept-Language (else your preferred) language, with your unread count',
  })
  @ApiErrors({ 400: INVALID, 401: SIGNED_OUT })
  async list(@CurrentPrincipal() p: Principal, @Query() q: PageQueryDto): Promise<NotificationListResponseDto> {
    const after = decodeTimeCursor(q.cursor);
    const page = await this.notifier.list(p.userId, q.limit ?? 20, after && { createdAt: after.at, id: after.id });
    return { ...timePage(page, (n) => n.createdAt, this.view(p)), unread: page.unread };
  }

  @Get('notifications/unread-count')
  @ApiOperation({ summary: 'Count your unread notifications', description: ANYONE })
  @ApiOkResponse({ type: UnreadCountResponseDto })
  @ApiErrors({ 401: SIGNED_OUT })
  async unread(@CurrentPrincipal() p: Principal): Promise<UnreadCountResponseDto> {
    return { unread: await this.notifier.unreadCount(p.userId) };
  }

  @Post('notifications/read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark every notification read', description: ANYONE })
  @ApiOkResponse({ type: MarkedReadResponseDto })
  @ApiErrors({ 401: SIGNED_OUT })
  async readAll(@CurrentPrincipal() p: Principal): Promise<MarkedReadResponseDto> {
    return { marked: await this.notifier.markAllRead(p.userId) };
  }

  @Post('notifications/:id/read')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Mark a notification read',
    description: `${ANYONE} Another user's notification answers 404.`,
  })
  @ApiNoContentResponse({ description: 'It is read (again: no change)' })
  @ApiErrors({ 400: INVALID, 401: SIGNED_OUT, 404: NOT_FOUND })
  @UuidParams('id')
  async read(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.notifier.markRead(p.userId, id);
  }

  @Get('notification-preferences')
  @ApiOperation({
    summary: 'Read your notification preferences',
    description: `${ANYONE} One entry per kind of notification (a fixed, short list, so not paged).`,
  })
  @ApiOkResponse({
    type: [NotificationPreferenceResponseDto],
    description: 'For every kind: how it reaches you, and the default',
  })
  @ApiErrors({ 401: SIGNED_OUT })
  async preferences(@CurrentPrincipal() p: Principal): Promise<NotificationPreferenceResponseDto[]> {
    return (await this.notifier.preferences(p.userId)).map(toPreferenceResponse);
  }

  @Put('notification-preferences')
  @ApiOperation({
    summary: 'Change your notification preferences',
    description: `${ANYONE} in_app, immediate (e-mail at once), daily or weekly (digest), or off, per kind; kinds not sent keep their setting.`,
  })
  @ApiBody({
    type: PreferencesDto,
    examples: {
      digest: {
        value: {
          preferences: [
            { kind: 'organisation.approved', delivery: 'daily' },
            { kind: 'organisation.invitation', delivery: 'immediate' },
          ],
        },
      },
    },
  })
  @ApiOkResponse({ type: [NotificationPreferenceResponseDto], description: 'Every kind, after the change' })
  @ApiErrors({ 400: MALFORMED, 401: SIGNED_OUT })
  async setPreferences(
    @CurrentPrincipal() p: Principal,
    @Body() dto: PreferencesDto,
  ): Promise<NotificationPreferenceResponseDto[]> {
    return (await this.notifier.setPreferences(p.userId, dto.preferences)).map(toPreferenceResponse);
  }
}
