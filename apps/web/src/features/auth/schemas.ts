import { z } from 'zod/mini';

// The account forms' rules, the same as the API's (RegisterDto, LoginDto): messages are
// catalogue keys, turned into words by the field that shows them. zod/mini keeps the sign-in
// page's JavaScript small.

export const emailSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'validation.required'),
    z.email('validation.email'),
    z.maxLength(254, 'validation.tooLong'),
  );

/** The API's password length limits (RegisterDto.password in openapi.json; a test checks). */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

/** New passwords; the API also refuses common ones, and says so on the field. */
export const newPasswordSchema = z
  .string()
  .check(z.minLength(PASSWORD_MIN, 'validation.passwordTooShort'), z.maxLength(PASSWORD_MAX, 'validation.tooLong'));

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().check(z.minLength(1, 'validation.required')),
});
export type SignInValues = z.infer<typeof signInSchema>;
