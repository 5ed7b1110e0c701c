import { Body, Controller, Get, Post, Query, Res, UseFilters } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import { kindLabel, Notifier } from '@syndesmos/notifications';
import { Public } from '../common/auth.guard';
import { sendPage, UnsubscribePageFilter, type PageResponse } from './unsubscribe-page.filter';
import { confirmPage, donePage } from './unsubscribe-pages';

export class UnsubscribeQueryDto {
  @ApiProperty({ format: 'uuid', maxLength: 36, description: 'From the link: the user' }) @IsUUID() u!: string;
  @ApiProperty({ maxLength: 64, description: 'From the link: the kind of notification' })
  @IsString()
  @MaxLength(64)
  k!: string;
  @ApiProperty({ maxLength: 128, description: 'From the link: its signature' }) @IsString() @MaxLength(128) t!: string;
}

const HTML = { 'text/html': { schema: { type: 'string' } } };
// Unsubscribe answers people in a browser, so its refusals are pages too, not the JSON error body.
const PageErrors = () => (target: object, key: string | symbol, descriptor: PropertyDescriptor) => {
  ApiResponse({ status: 400, description: 'An incomplete or tampered link: a page saying so', content: HTML })(
    target,
    key,
    descriptor,
  );
  ApiResponse({
    status: 404,
    description: 'The link’s account or kind of mail is gone: a page saying so',
    content: HTML,
  })(target, key, descriptor);
};

/** The confirmation page's form says so; a mail client's one-click POST does not. */
const FROM_PAGE = 'yes';

/**
 * Unsubscribe links in mail, without signing in. Link scanners follow links, so a GET only
 * asks (a page with a button); the button's POST and a mail client's RFC 8058 one-click POST
 * (`List-Unsubscribe=One-Click`) are what turn the kind's e-mail off.
 */
@ApiTags('notifications')
@Controller('unsubscribe')
@UseFilters(UnsubscribePageFilter)
export class UnsubscribeController {
  constructor(private readonly notifier: Notifier) {}

  @Public()
  @Get()
  @ApiOperation({
    summary: 'Ask before unsubscribing from a kind of e-mail',
    description:
      'Anyone following the signed link in an e-mail (no sign-in). Changes nothing, since mail scanners follow links: ' +
      'the page names the kind of mail and its button POSTs the same link.',
  })
  @ApiProduces('text/html')
  @ApiOkResponse({
    description: 'A page naming the kind of mail, with a button that unsubscribes; changes nothing',
    content: HTML,
  })
  @PageErrors()
  async confirm(@Query() q: UnsubscribeQueryDto, @Res() reply: PageResponse): Promise<void> {
    const { kind, locale } = await this.notifier.unsubscribeTarget(q.u, q.k, q.t);
    const action = `/v1/unsubscribe?${new URLSearchParams({ u: q.u, k: q.k, t: q.t }).toString()}`;
    sendPage(reply, 200, confirmPage(locale, kindLabel(kind, locale), action));
  }

  @Public()
  @Post()
  @ApiOperation({
    summary: 'Unsubscribe from a kind of e-mail',
    description:
      'Anyone with the signed link (no sign-in): the confirmation page’s button (form field `confirm=yes`, answered ' +
      'with a page), or a mail client’s RFC 8058 one-click POST (answered 204). E-mail of that kind becomes in-app only.',
  })
  @ApiNoContentResponse({ description: 'Unsubscribed (a mail client’s List-Unsubscribe=One-Click POST)' })
  @ApiOkResponse({ description: 'Unsubscribed from the confirmation page: a page saying so', content: HTML })
  @PageErrors()
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
