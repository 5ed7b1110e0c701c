import type { FieldErrors, Resolver } from 'react-hook-form';

// The sign-in form's two rules, without zod (see schemas.ts): an address that looks like one,
// and a password that is there. The API decides the rest (INVALID_CREDENTIALS).

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

export const signInResolver: Resolver<SignInValues> = (values) => {
  const problems = signInProblems(values);
  const keys = Object.keys(problems) as (keyof SignInValues)[];
  if (!keys.length) return { values: { ...values, email: values.email.trim() }, errors: {} };
  const errors: FieldErrors<SignInValues> = {};
  for (const key of keys) errors[key] = { type: 'validate', message: problems[key] };
  return { values: {}, errors };
};
