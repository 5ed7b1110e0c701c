import { Body, Controller, Get, Post, Query, Res, UseFilters } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import { kindLabel, Notifier } from '@syndesmos/notifications';
import { ApiErrors } from '../common/api-errors.decorator';
import { Public } from '../common/auth.guard';
import { sendPage, UnsubscribePageFilter, type PageResponse } from './unsubscribe-page.filter';
import { confirmPage, donePage } from './unsubscribe-pages';

export class UnsubscribeQueryDto {
  @IsUUID() u!: string;
  @IsString() @MaxLength(64) k!: string;
  @IsString() @MaxLength(128) t!: string;
}

/** The confirmation page's form says so; a mail client's one-click POST does not. */
const FROM_PAGE = 'yes';

/**
 * Unsubscribe links in mail, without signing in. Link scanners follow links, so a GET only
 * asks (a page with a button); the button's POST and a mail client's RFC 8058 one-click POST
 * (`List-Unsubscribe=One-Click`) are what turn the kind's e-mail off.
 */
@ApiTags('me')
@Controller('unsubscribe')
@UseFilters(UnsubscribePageFilter)
export class UnsubscribeController {
  constructor(private readonly notifier: Notifier) {}

  @Public()
  @Get()
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'A page naming the kind of mail, with a button that unsubscribes; changes nothing' })
  @ApiErrors(400, 404)
  async confirm(@Query() q: UnsubscribeQueryDto, @Res() reply: PageResponse): Promise<void> {
    const { kind, locale } = await this.notifier.unsubscribeTarget(q.u, q.k, q.t);
    const action = `/v1/unsubscribe?${new URLSearchParams({ u: q.u, k: q.k, t: q.t }).toString()}`;
    sendPage(reply, 200, confirmPage(locale, kindLabel(kind, locale), action));
  }

  @Public()
  @Post()
  @ApiNoContentResponse({ description: 'Unsubscribed (a mail client’s List-Unsubscribe=One-Click POST)' })
  @ApiOkResponse({ description: 'Unsubscribed from the confirmation page: a page saying so' })
  @ApiErrors(400, 404)
  async unsubscribe(
    @Query() q: UnsubscribeQueryDto,
    @Body() body: Record<string, unknown> | undefined,
    @Res() reply: PageResponse,
  ): Promise<void> {
    const { kind, locale } = await this.notifier.unsubscribe(q.u, q.k, q.t);
    if (body?.confirm === FROM_PAGE) return sendPage(reply, 200, donePage(locale, kindLabel(kind, locale)));
    reply.status(204);
    reply.send();
  }
}
