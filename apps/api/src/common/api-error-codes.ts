import { ErrorCode } from '@syndesmos/common';
import type { ErrorCodesByStatus } from './api-errors.decorator';

// Error codes that many operations share, to list in their ApiErrors map.

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

// The refusals every signed-in operation can answer, to spread into its ApiErrors map:
// a bad field (or a non-UUID id in the path), and credentials that are missing or no longer good.
export const SIGNED_IN_ERRORS = { 400: INVALID, 401: SIGNED_OUT } as const satisfies ErrorCodesByStatus;
