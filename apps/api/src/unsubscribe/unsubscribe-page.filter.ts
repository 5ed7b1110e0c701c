import { ArgumentsHost, Catch, HttpException } from '@nestjs/common';
import { DomainException, negotiateLocale } from '@syndesmos/common';
import { HttpExceptionFilter } from '../common/http-exception.filter';
import { nodeRequest, type AppRequest } from '../common/http-request';
import { httpStatusFor } from '../common/http-status';
import { errorPage } from './unsubscribe-pages';

/**
 * A person who follows an unsubscribe link sees a page, not JSON: a tampered or incomplete
 * link answers 404 or 400 with an HTML page in their language. Failures of ours (5xx) take
 * the usual path, with their error id in the log.
 */
@Catch()
export class UnsubscribePageFilter extends HttpExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    const status =
      exception instanceof DomainException
        ? httpStatusFor(exception.code)
        : exception instanceof HttpException
          ? exception.getStatus()
          : 500;
    if (status >= 500) return super.catch(exception, host);
    const ctx = host.switchToHttp();
    const raw = nodeRequest(ctx.getRequest<AppRequest>());
    const locale = raw.syndesmos?.locale ?? negotiateLocale(raw.headers?.['accept-language'] as string | undefined);
    sendPage(ctx.getResponse<PageResponse>(), status, errorPage(locale, status === 404 ? 404 : 400));
  }
}

/** What Fastify's reply and Express's response (the benchmark's adapter) both offer. */
export interface PageResponse {
  status(code: number): unknown;
  header(name: string, value: string): unknown;
  send(body?: string): unknown;
}

/** Writes an HTML page, never cached (it carries a signed link). */
export function sendPage(res: PageResponse, status: number, html: string): void {
  res.status(status);
  res.header('content-type', 'text/html; charset=utf-8');
  res.header('cache-control', 'no-store');
  res.send(html);
}
