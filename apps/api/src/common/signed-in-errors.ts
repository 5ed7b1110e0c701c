import { ErrorCode } from '@syndesmos/common';
import type { ErrorCodesByStatus } from './api-errors.decorator';

// The refusals every signed-in operation can answer, to spread into its ApiErrors map:
// a bad field (or a non-UUID id in the path), and credentials that are missing or no longer good.
export const SIGNED_IN_ERRORS = {
  400: [ErrorCode.ValidationFailed],
  401: [ErrorCode.Unauthenticated, ErrorCode.TokenExpired, ErrorCode.TokenInvalid, ErrorCode.TokenRevoked],
} as const satisfies ErrorCodesByStatus;
