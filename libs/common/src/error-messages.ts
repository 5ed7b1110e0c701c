import { ErrorCode } from './error-codes';
import type { Locale, Localised } from './locale';

// What a person reads; the code is what a program reads.
const messages: Record<ErrorCode, Localised> = {
  [ErrorCode.ValidationFailed]: {
    en: 'Some fields are missing or invalid.',
    el: 'Ορισμένα πεδία λείπουν ή δεν είναι έγκυρα.',
  },
  [ErrorCode.MalformedJson]: {
    en: 'The request body is not valid JSON.',
    el: 'Το σώμα του αιτήματος δεν είναι έγκυρο JSON.',
  },
  [ErrorCode.PayloadTooLarge]: {
    en: 'The request body is too large.',
    el: 'Το σώμα του αιτήματος είναι πολύ μεγάλο.',
  },
  [ErrorCode.NotFound]: { en: 'Not found.', el: 'Δεν βρέθηκε.' },
  [ErrorCode.Unauthenticated]: { en: 'Sign in to continue.', el: 'Συνδεθείτε για να συνεχίσετε.' },
  [ErrorCode.TokenExpired]: {
    en: 'Your session token has expired.',
    el: 'Το διακριτικό της συνεδρίας σας έχει λήξει.',
  },
  [ErrorCode.TokenInvalid]: { en: 'The token is not valid.', el: 'Το διακριτικό δεν είναι έγκυρο.' },
  [ErrorCode.TokenRevoked]: {
    en: 'This session has ended. Sign in again.',
    el: 'Αυτή η συνεδρία έχει λήξει. Συνδεθείτε ξανά.',
  },
  [ErrorCode.RefreshTokenReused]: {
    en: 'This refresh token was already used; the session has been ended for your safety.',
    el: 'Αυτό το διακριτικό ανανέωσης έχει ήδη χρησιμοποιηθεί· η συνεδρία τερματίστηκε για την ασφάλειά σας.',
  },
  [ErrorCode.InvalidCredentials]: {
    en: 'The email or password is not correct.',
    el: 'Το email ή ο κωδικός πρόσβασης δεν είναι σωστά.',
  },
  [ErrorCode.WrongPassword]: {
    en: 'The current password is not correct.',
    el: 'Ο τρέχων κωδικός πρόσβασης δεν είναι σωστός.',
  },
  [ErrorCode.Forbidden]: {
    en: 'You are not allowed to do this.',
    el: 'Δεν έχετε δικαίωμα για αυτή την ενέργεια.',
  },
  [ErrorCode.EmailTaken]: {
    en: 'An account with this email already exists.',
    el: 'Υπάρχει ήδη λογαριασμός με αυτό το email.',
  },
  [ErrorCode.TooManyRequests]: {
    en: 'Too many attempts. Try again later.',
    el: 'Πάρα πολλές προσπάθειες. Δοκιμάστε ξανά αργότερα.',
  },
  [ErrorCode.ServiceUnavailable]: {
    en: 'A service is temporarily unavailable.',
    el: 'Μια υπηρεσία δεν είναι προσωρινά διαθέσιμη.',
  },
  [ErrorCode.Internal]: {
    en: 'Something went wrong on our side.',
    el: 'Κάτι πήγε στραβά από την πλευρά μας.',
  },
};

export function errorMessage(code: ErrorCode, locale: Locale): string {
  return messages[code][locale];
}
