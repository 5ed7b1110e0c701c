import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import { DEFAULT_LOCALE, requestedLocale, type Locale } from '@syndesmos/common';
import { APP_LOGGER, type AppLogger } from '@syndesmos/logger';
import { nodeRequest, type AppRequest, type RequestState } from './http-request';

/** A request id the caller may choose; anything else is replaced by a fresh UUID. */
export const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** Gives each request an id (the caller's, if sane), a locale, and one JSON access log line. */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  constructor(@Inject(APP_LOGGER) private readonly logger: AppLogger) {}

  use(req: AppRequest, res: ServerResponse, next: () => void): void {
    const raw = nodeRequest(req);
    const incoming = raw.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const requested = requestedLocale(raw.headers['accept-language']);
    raw.syndesmos = { requestId, requestedLocale: requested, locale: requested ?? DEFAULT_LOCALE };
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      this.logger.info(
        {
          requestId,
          method: raw.method,
          // The path only: query strings may one day carry tokens.
          path: (raw.url ?? '').split('?')[0],
          status: res.statusCode,
          ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
          userId: raw.syndesmos?.principal?.userId,
        },
        'request',
      );
    });
    next();
  }
}

/**
 * Once the caller is known, a request whose Accept-Language names no supported language is
 * answered in the caller's preferred language. Returns the locale the answer now uses.
 */
export function adoptPreferredLocale(state: RequestState, preferred: Locale): Locale {
  state.locale = state.requestedLocale ?? preferred;
  return state.locale;
}
