import { ErrorCode } from '@syndesmos/common';
import { ApiErrors } from './api-errors.decorator';

/** The error codes an operation answers, by HTTP status. */
export type ErrorCodesByStatus = Partial<Record<number, readonly ErrorCode[]>>;

/** Documents the error answers of an operation with the codes each status carries. */
export function ApiErrorCodes(codes: ErrorCodesByStatus): MethodDecorator & ClassDecorator {
  return ApiErrors(codes);
}

// The codes most operations share.
export const INVALID = [ErrorCode.ValidationFailed] as const;
export const MALFORMED = [ErrorCode.ValidationFailed, ErrorCode.MalformedJson] as const;
/** What the auth guard answers for a missing, expired, forged or revoked access token. */
export const SIGNED_OUT = [
  ErrorCode.Unauthenticated,
  ErrorCode.TokenExpired,
  ErrorCode.TokenInvalid,
  ErrorCode.TokenRevoked,
] as const;
export const NOT_FOUND = [ErrorCode.NotFound] as const;
export const FORBIDDEN = [ErrorCode.Forbidden] as const;
export const TOO_LARGE = [ErrorCode.PayloadTooLarge] as const;
export const RATE_LIMITED = [ErrorCode.TooManyRequests] as const;
export const SEARCH_DOWN = [ErrorCode.SearchUnavailable] as const;
