import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import { negotiateLocale } from '@syndesmos/common';
import { APP_LOGGER, type AppLogger } from '@syndesmos/logger';
import { nodeRequest, type AppRequest } from './http-request';

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
    const acceptLanguage = raw.headers['accept-language'];
    raw.syndesmos = {
      requestId,
      locale: negotiateLocale(Array.isArray(acceptLanguage) ? acceptLanguage[0] : acceptLanguage),
    };
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
