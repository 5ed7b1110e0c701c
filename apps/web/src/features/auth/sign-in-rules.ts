// The sign-in form's two rules, without zod (see schemas.ts) or react-hook-form, which together
// would add a sixth to the page's JavaScript: an address that looks like one, and a password that
// is there. The API decides the rest (INVALID_CREDENTIALS).

export interface SignInValues {
  email: string;
  password: string;
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const EMAIL_MAX = 254;

/** Each field's first problem, as a catalogue key. */
export function signInProblems(values: SignInValues): Partial<Record<keyof SignInValues, string>> {
  const problems: Partial<Record<keyof SignInValues, string>> = {};
  const email = values.email.trim();
  if (!email) problems.email = 'validation.required';
  else if (!EMAIL.test(email)) problems.email = 'validation.email';
  else if (email.length > EMAIL_MAX) problems.email = 'validation.tooLong';
  if (!values.password) problems.password = 'validation.required';
  return problems;
}

/** What is sent: the address trimmed, the password exactly as typed. */
export function signInBody(values: SignInValues): SignInValues {
  return { email: values.email.trim(), password: values.password };
}
