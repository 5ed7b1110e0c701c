import type { Localised } from './locale';

// Stable error codes: clients branch on these, never on messages. Adding a code forces the
// HTTP filter's exhaustive switch and the message catalogue to say how it is answered.
export const ErrorCode = {
  ValidationFailed: 'VALIDATION_FAILED',
  MalformedJson: 'MALFORMED_JSON',
  MalformedRequest: 'MALFORMED_REQUEST',
  UnsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  UriTooLong: 'URI_TOO_LONG',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  NotFound: 'NOT_FOUND',
  Unauthenticated: 'UNAUTHENTICATED',
  TokenExpired: 'TOKEN_EXPIRED',
  TokenInvalid: 'TOKEN_INVALID',
  TokenRevoked: 'TOKEN_REVOKED',
  RefreshTokenReused: 'REFRESH_TOKEN_REUSED',
  InvalidCredentials: 'INVALID_CREDENTIALS',
  WrongPassword: 'WRONG_PASSWORD',
  Forbidden: 'FORBIDDEN',
  CrossSiteRequest: 'CROSS_SITE_REQUEST',
  EmailNotVerified: 'EMAIL_NOT_VERIFIED',
  EmailTaken: 'EMAIL_TAKEN',
  OidTaken: 'OID_TAKEN',
  ProfileIncomplete: 'PROFILE_INCOMPLETE',
  InvalidState: 'INVALID_STATE',
  LastOwner: 'LAST_OWNER',
  AlreadyMember: 'ALREADY_MEMBER',
  InvitationInvalid: 'INVITATION_INVALID',
  LinkInvalid: 'LINK_INVALID',
  InvitationEmailMismatch: 'INVITATION_EMAIL_MISMATCH',
  OrganisationNotPublished: 'ORGANISATION_NOT_PUBLISHED',
  AlreadyInConsortium: 'ALREADY_IN_CONSORTIUM',
  AlreadyAnswered: 'ALREADY_ANSWERED',
  CallNotOpen: 'CALL_NOT_OPEN',
  OwnCall: 'OWN_CALL',
  InvalidDates: 'INVALID_DATES',
  CoordinatorMustHandOver: 'COORDINATOR_MUST_HAND_OVER',
  InvalidTransition: 'INVALID_TRANSITION',
  RulesNotMet: 'RULES_NOT_MET',
  VersionConflict: 'VERSION_CONFLICT',
  TooManyRequests: 'TOO_MANY_REQUESTS',
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  SearchUnavailable: 'SEARCH_UNAVAILABLE',
  WebAppNotBuilt: 'WEB_APP_NOT_BUILT',
  Internal: 'INTERNAL_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface FieldProblem {
  field: string;
  problem: string;
  /** English, written where the problem was found. */
  message: string;
  /** The message in every locale, when it was written so; the answer carries only its own locale's. */
  messages?: Localised;
}

/** Raised by domain code; the API's global filter turns it into the one error body shape. */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: Record<string, unknown> | FieldProblem[],
    readonly retryAfterSeconds?: number,
  ) {
    super(message ?? code);
    this.name = 'DomainException';
  }
}
