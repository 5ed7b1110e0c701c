import { ErrorCode } from '@syndesmos/common';

/** Exhaustive: a new ErrorCode does not compile until it is given a status here. */
export function httpStatusFor(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.ValidationFailed:
    case ErrorCode.MalformedJson:
    case ErrorCode.MalformedRequest:
      return 400;
    case ErrorCode.Unauthenticated:
    case ErrorCode.TokenExpired:
    case ErrorCode.TokenInvalid:
    case ErrorCode.TokenRevoked:
    case ErrorCode.RefreshTokenReused:
    case ErrorCode.InvalidCredentials:
      return 401;
    case ErrorCode.Forbidden:
    case ErrorCode.CrossSiteRequest:
    case ErrorCode.EmailNotVerified:
    case ErrorCode.WrongPassword:
    case ErrorCode.InvitationEmailMismatch:
      return 403;
    case ErrorCode.NotFound:
    case ErrorCode.InvitationInvalid:
    case ErrorCode.LinkInvalid:
      return 404;
    case ErrorCode.EmailTaken:
    case ErrorCode.OidTaken:
    case ErrorCode.InvalidState:
    case ErrorCode.LastOwner:
    case ErrorCode.AlreadyMember:
    case ErrorCode.OrganisationNotPublished:
    case ErrorCode.AlreadyInConsortium:
    case ErrorCode.AlreadyAnswered:
    case ErrorCode.CallNotOpen:
    case ErrorCode.CoordinatorMustHandOver:
    case ErrorCode.InvalidTransition:
    case ErrorCode.RulesNotMet:
    case ErrorCode.VersionConflict:
      return 409;
    case ErrorCode.ProfileIncomplete:
    case ErrorCode.OwnCall:
    case ErrorCode.InvalidDates:
      return 422;
    case ErrorCode.PayloadTooLarge:
      return 413;
    case ErrorCode.UriTooLong:
      return 414;
    case ErrorCode.UnsupportedMediaType:
      return 415;
    case ErrorCode.TooManyRequests:
      return 429;
    case ErrorCode.ServiceUnavailable:
    case ErrorCode.SearchUnavailable:
    case ErrorCode.WebAppNotBuilt:
      return 503;
    case ErrorCode.Internal:
      return 500;
    default: {
      const unreachable: never = code;
      return unreachable;
    }
  }
}
