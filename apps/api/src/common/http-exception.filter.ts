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
}

interface ParserError {
  status?: number;
  statusCode?: number;
  type?: string;
  code?: string;
}

/** The one place an exception becomes an HTTP answer: `{ statusCode, code, message, details? }`. */
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
    const { domain, retryAfter } = this.toDomain(exception);
    const statusCode = httpStatusFor(domain.code);
    const body: ErrorBody = {
      statusCode,
      code: domain.code,
      // People read the localised message; the domain's own message is developer detail for logs.
      message: errorMessage(domain.code, locale),
    };
    if (domain.details) body.details = localiseDetails(domain.details, locale);
    if (statusCode >= 500 && domain.code === ErrorCode.Internal) {
      body.errorId = randomUUID();
      this.logger.error(
        { errorId: body.errorId, requestId: state?.requestId, err: serialiseError(exception) },
        'unhandled error',
      );
    }
    const { httpAdapter } = this.adapterHost;
    const res = ctx.getResponse();
    if (retryAfter !== undefined) httpAdapter.setHeader(res, 'Retry-After', String(retryAfter));
    httpAdapter.reply(res, body, statusCode);
  }

  private toDomain(exception: unknown): { domain: DomainException; retryAfter?: number } {
    if (exception instanceof DomainException) {
      return { domain: exception, retryAfter: exception.retryAfterSeconds };
    }
    // Framework and body-parser errors (either adapter) carry a status; map it to our codes.
    const parser = exception as ParserError;
    const status = exception instanceof HttpException ? exception.getStatus() : (parser?.status ?? parser?.statusCode);
    const text = exception instanceof Error ? exception.message : '';
    switch (status) {
      case 400:
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
      case 415:
        return { domain: new DomainException(ErrorCode.ValidationFailed, 'unsupported content type') };
      case 429:
        return { domain: new DomainException(ErrorCode.TooManyRequests) };
      default:
        return { domain: new DomainException(ErrorCode.Internal) };
    }
  }
}

function serialiseError(err: unknown): Record<string, unknown> {
  if (err instanceof Error) return { name: err.name, message: err.message, stack: err.stack };
  return { value: String(err) };
}
