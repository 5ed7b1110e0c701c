import { ErrorCode, type FieldProblem } from './error-codes';
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
  [ErrorCode.CrossSiteRequest]: {
    en: 'This request did not come from the Syndesmos web app, so it was refused.',
    el: 'Το αίτημα δεν προήλθε από την εφαρμογή ιστού του Syndesmos και γι’ αυτό απορρίφθηκε.',
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
  [ErrorCode.VersionConflict]: {
    en: 'Someone else changed this first; here is their version: look at it and make your change again.',
    el: 'Κάποιος άλλος το άλλαξε πρώτος· αυτή είναι η εκδοχή του: δείτε τη και κάντε ξανά την αλλαγή σας.',
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
  [ErrorCode.WebAppNotBuilt]: {
    en: 'The web app has not been built on this server yet: run npm run build, then reload.',
    el: 'Η εφαρμογή ιστού δεν έχει δημιουργηθεί ακόμη σε αυτόν τον διακομιστή: εκτελέστε npm run build και ανανεώστε τη σελίδα.',
  },
  [ErrorCode.Internal]: {
    en: 'Something went wrong on our side.',
    el: 'Κάτι πήγε στραβά από την πλευρά μας.',
  },
};

export function errorMessage(code: ErrorCode, locale: Locale, retryAfterSeconds?: number): string {
  if (code === ErrorCode.TooManyRequests && retryAfterSeconds !== undefined && retryAfterSeconds > 0) {
    return retryMessage(retryAfterSeconds, locale);
  }
  return messages[code][locale];
}

/** A 429 that says when: "…try again in 12 minutes." (the wait rounded up to its largest unit). */
function retryMessage(seconds: number, locale: Locale): string {
  const [value, unit] =
    seconds < 60
      ? [Math.ceil(seconds), 'second']
      : seconds < 3600
        ? [Math.ceil(seconds / 60), 'minute']
        : [Math.ceil(seconds / 3600), 'hour'];
  const wait = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  return locale === 'el'
    ? `Πάρα πολλές προσπάθειες. Δοκιμάστε ξανά σε ${wait}.`
    : `Too many attempts. Please try again in ${wait}.`;
}

// ---- field problems (the `details` of VALIDATION_FAILED and PROFILE_INCOMPLETE) ----

type ProblemText = (field: string, args: readonly unknown[], value: unknown) => Localised;

const list = (values: unknown): string => (Array.isArray(values) ? values.map(String).join(', ') : String(values));
const badCodes = (args: readonly unknown[], value: unknown): string => {
  const isCode = typeof args[0] === 'function' ? (args[0] as (v: string) => boolean) : () => false;
  const values: unknown[] = Array.isArray(value) ? value : [value];
  return values
    .filter((v) => typeof v !== 'string' || !isCode(v))
    .map((v) => JSON.stringify(v))
    .join(', ');
};

/** Accepted country codes, as a refused one's message says them. */
export const ACCEPTED_COUNTRY_CODES: Localised = {
  en: 'ISO 3166-1 alpha-2 codes such as GR, PT or DE are accepted (EL and UK too, for GR and GB), in any case',
  el: 'γίνονται δεκτοί κωδικοί ISO 3166-1 alpha-2, π.χ. GR, PT ή DE (και EL και UK, για GR και GB), με κεφαλαία ή πεζά',
};

// One message per problem code, in every locale, naming the field. The codes are
// class-validator's constraint names (isEmail, maxLength...) and the ones domain code uses
// (required, missing...); `args` are the rule's own values (a limit, the allowed values).
const problems: Record<string, ProblemText> = {
  null: (f) => ({ en: `${f} cannot be null`, el: `Το πεδίο ${f} δεν μπορεί να είναι null` }),
  unknown_field: (f) => ({ en: `${f} is not an accepted field`, el: `Το πεδίο ${f} δεν είναι αποδεκτό` }),
  isEmail: (f) => ({ en: `${f} must be an e-mail address`, el: `Το πεδίο ${f} πρέπει να είναι διεύθυνση e-mail` }),
  maxLength: (f, [n]) => ({
    en: `${f} must be at most ${n} characters long`,
    el: `Το πεδίο ${f} πρέπει να έχει το πολύ ${n} χαρακτήρες`,
  }),
  minLength: (f, [n]) => ({
    en: `${f} must be at least ${n} characters long`,
    el: `Το πεδίο ${f} πρέπει να έχει τουλάχιστον ${n} χαρακτήρες`,
  }),
  isLength: (f, [min, max]) => ({
    en: `${f} must be ${min} to ${max} characters long`,
    el: `Το πεδίο ${f} πρέπει να έχει από ${min} έως ${max} χαρακτήρες`,
  }),
  isIn: (f, [values]) => ({
    en: `${f} must be one of: ${list(values)}`,
    el: `Το πεδίο ${f} πρέπει να είναι ένα από: ${list(values)}`,
  }),
  isString: (f) => ({ en: `${f} must be text`, el: `Το πεδίο ${f} πρέπει να είναι κείμενο` }),
  isNotEmpty: (f) => ({ en: `${f} cannot be empty`, el: `Το πεδίο ${f} δεν μπορεί να είναι κενό` }),
  isInt: (f) => ({ en: `${f} must be a whole number`, el: `Το πεδίο ${f} πρέπει να είναι ακέραιος αριθμός` }),
  isNumber: (f) => ({ en: `${f} must be a number`, el: `Το πεδίο ${f} πρέπει να είναι αριθμός` }),
  isBoolean: (f) => ({ en: `${f} must be true or false`, el: `Το πεδίο ${f} πρέπει να είναι true ή false` }),
  min: (f, [n]) => ({ en: `${f} must be at least ${n}`, el: `Το πεδίο ${f} πρέπει να είναι τουλάχιστον ${n}` }),
  max: (f, [n]) => ({ en: `${f} must be at most ${n}`, el: `Το πεδίο ${f} πρέπει να είναι το πολύ ${n}` }),
  isArray: (f) => ({ en: `${f} must be a list`, el: `Το πεδίο ${f} πρέπει να είναι λίστα` }),
  arrayMaxSize: (f, [n]) => ({
    en: `${f} can hold at most ${n} items`,
    el: `Το πεδίο ${f} μπορεί να έχει το πολύ ${n} στοιχεία`,
  }),
  arrayMinSize: (f, [n]) => ({
    en: `${f} must hold at least ${n} items`,
    el: `Το πεδίο ${f} πρέπει να έχει τουλάχιστον ${n} στοιχεία`,
  }),
  arrayUnique: (f) => ({ en: `${f} must not repeat a value`, el: `Το πεδίο ${f} δεν πρέπει να επαναλαμβάνει τιμές` }),
  isUuid: (f) => ({ en: `${f} must be a UUID`, el: `Το πεδίο ${f} πρέπει να είναι UUID` }),
  isUrl: (f) => ({ en: `${f} must be a web address`, el: `Το πεδίο ${f} πρέπει να είναι διεύθυνση ιστού` }),
  isIso8601: (f) => ({ en: `${f} must be a date`, el: `Το πεδίο ${f} πρέπει να είναι ημερομηνία` }),
  isDateString: (f) => ({ en: `${f} must be a date`, el: `Το πεδίο ${f} πρέπει να είναι ημερομηνία` }),
  matches: (f) => ({ en: `${f} is not in the expected form`, el: `Το πεδίο ${f} δεν έχει την αναμενόμενη μορφή` }),
  acceptablePassword: (f) => ({
    en: `${f} is not an acceptable password`,
    el: `Ο κωδικός στο πεδίο ${f} δεν γίνεται δεκτός: είναι πολύ σύντομος, πολύ μεγάλος ή πολύ συνηθισμένος`,
  }),
  nestedValidation: (f) => ({ en: `${f} must be an object`, el: `Το πεδίο ${f} πρέπει να είναι αντικείμενο` }),
  taxonomyCode: (f, args, value) => ({
    en: `${f} has unknown ${typeof args[1] === 'string' ? `${args[1]} ` : ''}code(s): ${badCodes(args, value)}`,
    el: `Το πεδίο ${f} έχει άγνωστους κωδικούς: ${badCodes(args, value)}`,
  }),
  countryCode: (f, args, value) => ({
    en: `${f} has unknown country code(s): ${badCodes(args, value)}; ${ACCEPTED_COUNTRY_CODES.en}`,
    el: `Το πεδίο ${f} έχει άγνωστους κωδικούς χωρών: ${badCodes(args, value)}· ${ACCEPTED_COUNTRY_CODES.el}`,
  }),
  // Codes domain code uses; its own English message stays, the other locales say this.
  required: (f) => ({ en: `${f} is required`, el: `Το πεδίο ${f} είναι υποχρεωτικό` }),
  missing: (f) => ({ en: `${f} is required`, el: `Το πεδίο ${f} χρειάζεται πριν από την υποβολή` }),
  invalid: (f) => ({ en: `${f} is not valid`, el: `Το πεδίο ${f} δεν είναι έγκυρο` }),
  unknown: (f) => ({ en: `${f} is not known`, el: `Η τιμή του πεδίου ${f} δεν είναι γνωστή` }),
  not_allowed: (f) => ({ en: `${f} is not allowed here`, el: `Το πεδίο ${f} δεν επιτρέπεται εδώ` }),
  type: (f) => ({ en: `${f} has the wrong type`, el: `Το πεδίο ${f} έχει λάθος τύπο` }),
  empty: (f) => ({ en: `${f} cannot be empty`, el: `Το πεδίο ${f} δεν μπορεί να είναι κενό` }),
  too_long: (f) => ({ en: `${f} is too long`, el: `Το πεδίο ${f} είναι πολύ μεγάλο` }),
  uuid: (f) => ({ en: `${f} must be a UUID`, el: `Το πεδίο ${f} πρέπει να είναι UUID` }),
  integer: (f) => ({
    en: `${f} must be a non-negative whole number`,
    el: `Το πεδίο ${f} πρέπει να είναι μη αρνητικός ακέραιος`,
  }),
  too_short: (f) => ({ en: `${f} is too short`, el: `Το πεδίο ${f} είναι πολύ σύντομο` }),
  too_common: (f) => ({
    en: `${f} is too common`,
    el: `Το πεδίο ${f} είναι πολύ συνηθισμένο· επιλέξτε κάτι που δεν εμφανίζεται σε λίστες διαρροών`,
  }),
  list: (f) => ({ en: `${f} must be a list`, el: `Το πεδίο ${f} πρέπει να είναι λίστα` }),
  same: (f) => ({ en: `${f} must be another one`, el: `Το πεδίο ${f} πρέπει να είναι διαφορετικό` }),
  reused: (f) => ({ en: `${f} was already used`, el: `Η τιμή του πεδίου ${f} έχει ήδη χρησιμοποιηθεί` }),
  not_found: (f) => ({ en: `${f} was not found`, el: `Η τιμή του πεδίου ${f} δεν βρέθηκε` }),
  not_participant: (f) => ({
    en: `${f} names people outside the channel`,
    el: `Το πεδίο ${f} αναφέρει άτομα εκτός του καναλιού`,
  }),
  not_applicable: (f) => ({ en: `${f} does not apply here`, el: `Το πεδίο ${f} δεν ισχύει εδώ` }),
  mismatch: (f) => ({ en: `${f} does not match`, el: `Το πεδίο ${f} δεν ταιριάζει` }),
  unexpected: (f) => ({ en: `${f} is not expected here`, el: `Το πεδίο ${f} δεν αναμένεται εδώ` }),
  not_coordinated: (f) => ({
    en: `${f} must be a consortium this organisation coordinates`,
    el: `Το πεδίο ${f} πρέπει να είναι κοινοπραξία που συντονίζει αυτός ο οργανισμός`,
  }),
  in_past: (f) => ({ en: `${f} has already passed`, el: `Η ημερομηνία ${f} έχει ήδη περάσει` }),
  after_deadline: (f) => ({
    en: `${f} falls after the NA deadline`,
    el: `Η ημερομηνία ${f} είναι μετά την προθεσμία της Εθνικής Μονάδας`,
  }),
  before_deadline: (f) => ({
    en: `${f} falls before the application deadline`,
    el: `Η ημερομηνία ${f} είναι πριν από την προθεσμία υποβολής`,
  }),
  section_missing: (f) => ({
    en: `${f} belong to NACE sections that are not listed`,
    el: `Το πεδίο ${f} περιέχει κλάδους τομέων NACE που δεν έχουν δηλωθεί`,
  }),
  inconsistent: (f) => ({
    en: `${f} does not agree with the other fields`,
    el: `Το πεδίο ${f} δεν συμφωνεί με τα άλλα πεδία`,
  }),
};

/** A problem code's message for a field in every locale, if the catalogue knows the code. */
export function describeProblem(
  problem: string,
  field: string,
  args: readonly unknown[] = [],
  value?: unknown,
): Localised | undefined {
  return Object.prototype.hasOwnProperty.call(problems, problem) ? problems[problem](field, args, value) : undefined;
}

/**
 * A field problem as the answer carries it, in `locale`: its own text in that locale when it
 * has one; otherwise the message written where it was found, which is English, and for other
 * locales the catalogue's message for its code.
 */
export function localiseProblem(p: FieldProblem, locale: Locale): FieldProblem {
  const message =
    p.messages?.[locale] ??
    (locale === 'en' ? p.message : (describeProblem(p.problem, p.field)?.[locale] ?? p.message));
  return { field: p.field, problem: p.problem, message };
}

/** Error details as the answer carries them: field problems in `locale`, anything else as given. */
export function localiseDetails<D extends Record<string, unknown> | FieldProblem[]>(details: D, locale: Locale): D {
  return (Array.isArray(details) ? details.map((p) => localiseProblem(p, locale)) : details) as D;
}
