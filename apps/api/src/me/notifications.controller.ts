import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, MaxLength, ValidateNested } from 'class-validator';
import type { Principal } from '@syndesmos/auth';
import { DELIVERIES, Notifier, toNotificationView, type NotificationRow } from '@syndesmos/notifications';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentPrincipal } from '../common/auth.guard';
import { decodeTimeCursor, PageQueryDto, timePage } from '../common/pagination';

export class PreferenceDto {
  @ApiProperty() @IsString() @MaxLength(40) kind!: string;
  @ApiProperty({ enum: DELIVERIES }) @IsString() @MaxLength(10) delivery!: string;
}

export class PreferencesDto {
  @ApiProperty({ type: [PreferenceDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PreferenceDto)
  preferences!: PreferenceDto[];
}

/** The notification centre and the e-mail preferences of the signed-in user. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me')
export class NotificationsController {
  constructor(private readonly notifier: Notifier) {}

  private view(p: Principal) {
    return (n: NotificationRow) => {
      const d = this.notifier.describeFor(n, p.preferredLanguage);
      return toNotificationView(n, d.title, d.link);
    };
  }

  @Get('notifications')
  @ApiOkResponse({ description: 'Newest first, titled in your language, with your unread count' })
  @ApiErrors(400, 401)
  async list(@CurrentPrincipal() p: Principal, @Query() q: PageQueryDto) {
    const after = decodeTimeCursor(q.cursor);
    const page = await this.notifier.list(p.userId, q.limit ?? 20, after && { createdAt: after.at, id: after.id });
    return { ...timePage(page, (n) => n.createdAt, this.view(p)), unread: page.unread };
  }

  @Get('notifications/unread-count')
  @ApiOkResponse({ description: '{ unread }' })
  @ApiErrors(401)
  async unread(@CurrentPrincipal() p: Principal) {
    return { unread: await this.notifier.unreadCount(p.userId) };
  }

  @Post('notifications/read-all')
  @HttpCode(200)
  @ApiOkResponse({ description: '{ marked }: how many were unread' })
  @ApiErrors(401)
  async readAll(@CurrentPrincipal() p: Principal) {
    return { marked: await this.notifier.markAllRead(p.userId) };
  }

  @Post('notifications/:id/read')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiErrors(400, 401, 404)
  async read(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.notifier.markRead(p.userId, id);
  }

  @Get('notification-preferences')
  @ApiOkResponse({ description: 'For every kind: how it reaches you, and the default' })
  @ApiErrors(401)
  preferences(@CurrentPrincipal() p: Principal) {
    return this.notifier.preferences(p.userId);
  }

  @Put('notification-preferences')
  @ApiOkResponse({ description: 'in_app, immediate (e-mail at once), daily or weekly (digest), or off, per kind' })
  @ApiErrors(400, 401)
  setPreferences(@CurrentPrincipal() p: Principal, @Body() dto: PreferencesDto) {
    return this.notifier.setPreferences(p.userId, dto.preferences);
  }
}
