import { randomUUID } from 'node:crypto';
import { ArgumentsHost, Catch, HttpException, Inject, type ExceptionFilter } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import {
  DomainException,
  ErrorCode,
  errorMessage,
  localiseDetails,
  negotiateLocale,
  type FieldProblem,
  type Locale,
} from '@syndesmos/common';
import { APP_LOGGER, type AppLogger } from '@syndesmos/logger';
import { httpStatusFor } from './http-status';
import { nodeRequest, type AppRequest } from './http-request';

export interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown> | FieldProblem[];
  errorId?: string;
  requestId: string;
}

interface ParserError {
  status?: number;
  statusCode?: number;
  type?: string;
  code?: string;
}

/** The one place an exception becomes an HTTP answer: the one error body (see `errorBody`). */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_LOGGER) private readonly logger: AppLogger,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<AppRequest>();
    const raw = nodeRequest(req);
    const state = raw.syndesmos;
    const locale = state?.locale ?? negotiateLocale(raw.headers?.['accept-language'] as string | undefined);
    const params = (req as AppRequest & { params?: Record<string, unknown> }).params ?? {};
    const { domain, retryAfter } = toDomain(exception, params);
    const body = errorBody(domain, locale, state?.requestId ?? randomUUID());
    if (body.errorId) {
      this.logger.error(
        { errorId: body.errorId, requestId: body.requestId, err: serialiseError(exception) },
        'unhandled error',
      );
    }
    const { httpAdapter } = this.adapterHost;
    const res = ctx.getResponse();
    if (retryAfter !== undefined) httpAdapter.setHeader(res, 'Retry-After', String(retryAfter));
    httpAdapter.reply(res, body, body.statusCode);
  }
}

/** What any exception means as one of our codes: domain ones as they are, framework ones by status. */
export function toDomain(
  exception: unknown,
  params: Record<string, unknown> = {},
): { domain: DomainException; retryAfter?: number } {
  if (exception instanceof DomainException) {
    return { domain: exception, retryAfter: exception.retryAfterSeconds };
  }
  // Framework and body-parser errors (either adapter) carry a status; map it to our codes.
  const parser = exception as ParserError;
  const status = exception instanceof HttpException ? exception.getStatus() : (parser?.status ?? parser?.statusCode);
  const text = exception instanceof Error ? exception.message : '';
  if (parser?.code === 'FST_ERR_BAD_URL') return { domain: new DomainException(ErrorCode.MalformedRequest) };
  switch (status) {
    case 400:
      // Nest's ParseUUIDPipe does not say which parameter it refused: the route's own do.
      if (UUID_PIPE_REFUSAL.test(text)) {
        return { domain: new DomainException(ErrorCode.ValidationFailed, text, invalidIdParams(params)) };
      }
      return {
        domain: new DomainException(
          parser?.type === 'entity.parse.failed' ||
            /JSON/i.test(text) ||
            parser?.code === 'FST_ERR_CTP_INVALID_JSON_BODY'
            ? ErrorCode.MalformedJson
            : ErrorCode.ValidationFailed,
        ),
      };
    case 401:
      return { domain: new DomainException(ErrorCode.Unauthenticated) };
    case 403:
      return { domain: new DomainException(ErrorCode.Forbidden) };
    case 404:
      return { domain: new DomainException(ErrorCode.NotFound) };
    case 413:
      return { domain: new DomainException(ErrorCode.PayloadTooLarge) };
    case 414:
      return { domain: new DomainException(ErrorCode.UriTooLong) };
    case 415:
      return { domain: new DomainException(ErrorCode.UnsupportedMediaType) };
    case 429:
      return { domain: new DomainException(ErrorCode.TooManyRequests) };
    default:
      return { domain: new DomainException(ErrorCode.Internal) };
  }
}

const UUID_PIPE_REFUSAL = /^Validation failed \(uuid( v ?\d)? is expected\)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every path parameter of the route that is not a UUID (ids are the only UUID parameters). */
function invalidIdParams(params: Record<string, unknown>): FieldProblem[] {
  return Object.entries(params)
    .filter(([, value]) => typeof value !== 'string' || !UUID.test(value))
    .map(([field]) => ({ field, problem: 'isUuid', message: `${field} must be a UUID` }));
}

/** The one error body: `{ statusCode, code, message, details?, errorId? (500 only), requestId }`. */
export function errorBody(domain: DomainException, locale: Locale, requestId: string): ErrorBody {
  const statusCode = httpStatusFor(domain.code);
  const body: ErrorBody = {
    statusCode,
    code: domain.code,
    // People read the localised message; the domain's own message is developer detail for logs.
    // A 429 says how long to wait (the sign-in page shows this message as it is).
    message: errorMessage(domain.code, locale, domain.retryAfterSeconds),
    requestId,
  };
  if (domain.details) body.details = localiseDetails(domain.details, locale);
  if (statusCode >= 500 && domain.code === ErrorCode.Internal) body.errorId = randomUUID();
  return body;
}

function serialiseError(err: unknown): Record<string, unknown> {
  if (err instanceof Error) return { name: err.name, message: err.message, stack: err.stack };
  return { value: String(err) };
}
