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
  [ErrorCode.MalformedRequest]: {
    en: 'The request is malformed: check that its address is properly encoded.',
    el: 'Το αίτημα δεν είναι σωστά διαμορφωμένο: ελέγξτε ότι η διεύθυνσή του είναι σωστά κωδικοποιημένη.',
  },
  [ErrorCode.UnsupportedMediaType]: {
    en: 'The request body must be sent as application/json.',
    el: 'Το σώμα του αιτήματος πρέπει να αποστέλλεται ως application/json.',
  },
  [ErrorCode.UriTooLong]: {
    en: 'A part of the request address is too long.',
    el: 'Ένα μέρος της διεύθυνσης του αιτήματος είναι πολύ μεγάλο.',
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
  [ErrorCode.OidTaken]: {
    en: 'Another organisation already uses this OID.',
    el: 'Ένας άλλος οργανισμός χρησιμοποιεί ήδη αυτό το OID.',
  },
  [ErrorCode.ProfileIncomplete]: {
    en: 'The profile is not complete yet; see what is missing.',
    el: 'Το προφίλ δεν είναι ακόμη πλήρες· δείτε τι λείπει.',
  },
  [ErrorCode.InvalidState]: {
    en: 'This cannot be done in the current state; it may have just been decided by someone else.',
    el: 'Αυτό δεν είναι δυνατό στην τρέχουσα κατάσταση· ίσως μόλις αποφασίστηκε από κάποιον άλλον.',
  },
  [ErrorCode.LastOwner]: {
    en: 'An organisation must keep at least one owner.',
    el: 'Ένας οργανισμός πρέπει να έχει τουλάχιστον έναν κάτοχο.',
  },
  [ErrorCode.AlreadyMember]: {
    en: 'This person is already a member of the organisation.',
    el: 'Αυτό το άτομο είναι ήδη μέλος του οργανισμού.',
  },
  [ErrorCode.EmailNotVerified]: {
    en: 'Confirm your e-mail address first: we sent you a link.',
    el: 'Επιβεβαιώστε πρώτα τη διεύθυνση e-mail σας: σας στείλαμε σύνδεσμο.',
  },
  [ErrorCode.OrganisationNotPublished]: {
    en: 'This organisation is not published, so it cannot take part yet.',
    el: 'Αυτός ο οργανισμός δεν είναι δημοσιευμένος, οπότε δεν μπορεί ακόμη να συμμετάσχει.',
  },
  [ErrorCode.AlreadyInConsortium]: {
    en: 'This organisation is already a member of the consortium or has an open invitation to it.',
    el: 'Αυτός ο οργανισμός είναι ήδη μέλος της κοινοπραξίας ή έχει ανοιχτή πρόσκληση σε αυτήν.',
  },
  [ErrorCode.AlreadyAnswered]: {
    en: 'Your organisation has already answered this call.',
    el: 'Ο οργανισμός σας έχει ήδη απαντήσει σε αυτή την πρόσκληση.',
  },
  [ErrorCode.CallNotOpen]: {
    en: 'This partner call is not open for answers.',
    el: 'Αυτή η αναζήτηση εταίρων δεν δέχεται απαντήσεις.',
  },
  [ErrorCode.OwnCall]: {
    en: 'An organisation cannot answer its own partner call.',
    el: 'Ένας οργανισμός δεν μπορεί να απαντήσει στη δική του αναζήτηση εταίρων.',
  },
  [ErrorCode.InvalidDates]: {
    en: 'The dates do not fit together; see which one is wrong.',
    el: 'Οι ημερομηνίες δεν συμφωνούν μεταξύ τους· δείτε ποια είναι λάθος.',
  },
  [ErrorCode.CoordinatorMustHandOver]: {
    en: 'The coordinator cannot leave: hand coordination to another full partner first.',
    el: 'Ο συντονιστής δεν μπορεί να αποχωρήσει: παραδώστε πρώτα τον συντονισμό σε άλλον πλήρη εταίρο.',
  },
  [ErrorCode.InvalidTransition]: {
    en: 'The consortium cannot move to that stage from where it is now.',
    el: 'Η κοινοπραξία δεν μπορεί να μεταβεί σε αυτό το στάδιο από το τρέχον.',
  },
  [ErrorCode.RulesNotMet]: {
    en: 'The consortium does not meet the programme rules yet; see which rules fail.',
    el: 'Η κοινοπραξία δεν πληροί ακόμη τους κανόνες του προγράμματος· δείτε ποιοι κανόνες δεν τηρούνται.',
  },
  [ErrorCode.LinkInvalid]: {
    en: 'This link is not valid: it was used already, replaced by a newer one, or has expired.',
    el: 'Αυτός ο σύνδεσμος δεν είναι έγκυρος: χρησιμοποιήθηκε ήδη, αντικαταστάθηκε ή έληξε.',
  },
  [ErrorCode.InvitationInvalid]: {
    en: 'This invitation is not valid: it was used, withdrawn or has expired.',
    el: 'Αυτή η πρόσκληση δεν είναι έγκυρη: χρησιμοποιήθηκε, ανακλήθηκε ή έληξε.',
  },
  [ErrorCode.InvitationEmailMismatch]: {
    en: 'This invitation was sent to another email address.',
    el: 'Αυτή η πρόσκληση στάλθηκε σε άλλη διεύθυνση email.',
  },
  [ErrorCode.TooManyRequests]: {
    en: 'Too many attempts. Try again later.',
    el: 'Πάρα πολλές προσπάθειες. Δοκιμάστε ξανά αργότερα.',
  },
  [ErrorCode.ServiceUnavailable]: {
    en: 'A service is temporarily unavailable.',
    el: 'Μια υπηρεσία δεν είναι προσωρινά διαθέσιμη.',
  },
  [ErrorCode.SearchUnavailable]: {
    en: 'Search is temporarily unavailable. Your changes are saved and will appear in search shortly.',
    el: 'Η αναζήτηση δεν είναι προσωρινά διαθέσιμη. Οι αλλαγές σας αποθηκεύτηκαν και θα εμφανιστούν σύντομα.',
  },
  [ErrorCode.Internal]: {
    en: 'Something went wrong on our side.',
    el: 'Κάτι πήγε στραβά από την πλευρά μας.',
  },
};

export function errorMessage(code: ErrorCode, locale: Locale): string {
  return messages[code][locale];
}
