import { z } from 'zod/mini';
import { LANGUAGES } from '../../i18n';

// The account forms' rules, the same as the API's (RegisterDto, LoginDto, ChangePasswordDto,
// ResetConfirmDto, EmailChangeDto, UpdateMeDto): messages are catalogue keys, turned into
// words by the field that shows them. The sign-in page has its own tiny rules (sign-in-rules.ts)
// so that it loads no zod: zod's shared chunk carries every check the other forms use.

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

/** The API's display name limits (RegisterDto.displayName; a test checks). */
export const DISPLAY_NAME_MAX = 120;

/** New passwords; the API also refuses common ones, and says so on the field. */
export const newPasswordSchema = z
  .string()
  .check(
    z.minLength(1, 'validation.required'),
    z.minLength(PASSWORD_MIN, 'validation.passwordTooShort'),
    z.maxLength(PASSWORD_MAX, 'validation.tooLong'),
  );

/** A password the user already has (to sign in or to confirm an action): only required. */
const currentPasswordSchema = z
  .string()
  .check(z.minLength(1, 'validation.required'), z.maxLength(PASSWORD_MAX, 'validation.tooLong'));

const displayNameSchema = z
  .string()
  .check(z.trim(), z.minLength(1, 'validation.required'), z.maxLength(DISPLAY_NAME_MAX, 'validation.tooLong'));

const languageSchema = z.enum(LANGUAGES);

export const signUpSchema = z.object({
  displayName: displayNameSchema,
  email: emailSchema,
  password: newPasswordSchema,
  preferredLanguage: languageSchema,
});
export type SignUpValues = z.infer<typeof signUpSchema>;

export const forgotPasswordSchema = z.object({ email: emailSchema });
export type ForgotPasswordValues = z.infer<typeof forgotPasswordSchema>;

// The confirmation field says "required" while empty and "differs" only once something is typed.
const confirmSchema = z.string().check(z.minLength(1, 'validation.required'));
const confirmed = z.refine<{ newPassword: string; confirmPassword: string }>(
  (v) => v.confirmPassword === '' || v.confirmPassword === v.newPassword,
  { message: 'validation.passwordsDiffer', path: ['confirmPassword'] },
);

export const resetPasswordSchema = z
  .object({ newPassword: newPasswordSchema, confirmPassword: confirmSchema })
  .check(confirmed);
export type ResetPasswordValues = z.infer<typeof resetPasswordSchema>;

export const changePasswordSchema = z
  .object({ currentPassword: currentPasswordSchema, newPassword: newPasswordSchema, confirmPassword: confirmSchema })
  .check(confirmed);
export type ChangePasswordValues = z.infer<typeof changePasswordSchema>;

export const profileSchema = z.object({ displayName: displayNameSchema, preferredLanguage: languageSchema });
export type ProfileValues = z.infer<typeof profileSchema>;

export const emailChangeSchema = z.object({ newEmail: emailSchema, password: currentPasswordSchema });
export type EmailChangeValues = z.infer<typeof emailChangeSchema>;

export const deleteAccountSchema = z.object({ password: currentPasswordSchema });
export type DeleteAccountValues = z.infer<typeof deleteAccountSchema>;
