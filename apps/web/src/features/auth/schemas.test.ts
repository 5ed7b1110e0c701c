import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DISPLAY_NAME_MAX,
  PASSWORD_MAX,
  PASSWORD_MIN,
  changePasswordSchema,
  deleteAccountSchema,
  emailChangeSchema,
  forgotPasswordSchema,
  newPasswordSchema,
  profileSchema,
  resetPasswordSchema,
  signUpSchema,
} from './schemas';

const openapi = JSON.parse(readFileSync(join(__dirname, '../../../../../openapi.json'), 'utf8'));

describe('account form rules', () => {
  it("match the API's password limits", () => {
    const password = openapi.components.schemas.RegisterDto.properties.password;
    expect([PASSWORD_MIN, PASSWORD_MAX]).toEqual([password.minLength, password.maxLength]);
  });

  it('refuse a short password with the catalogue key the field shows', () => {
    const result = newPasswordSchema.safeParse('short');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('validation.passwordTooShort');
    expect(newPasswordSchema.safeParse('Olive-harbour-1987').success).toBe(true);
  });
});

const firstProblem = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }, field: string) =>
  result.error?.issues.find((i) => i.path[0] === field)?.message;

describe('sign-up rules', () => {
  const valid = {
    displayName: ' Maria Papadopoulou ',
    email: 'maria@vet-school.gr',
    password: 'Olive-harbour-1987',
    preferredLanguage: 'el',
  };

  it("match the API's name limits", () => {
    const name = openapi.components.schemas.RegisterDto.properties.displayName;
    expect([1, DISPLAY_NAME_MAX]).toEqual([name.minLength, name.maxLength]);
    expect(openapi.components.schemas.RegisterDto.properties.preferredLanguage.enum).toEqual(['en', 'el']);
  });

  it('accept a complete form and trim the name', () => {
    expect(signUpSchema.safeParse(valid).data?.displayName).toBe('Maria Papadopoulou');
  });

  it('say what each empty field needs', () => {
    const empty = signUpSchema.safeParse({ displayName: '  ', email: '', password: '', preferredLanguage: 'en' });
    expect(['displayName', 'email', 'password'].map((f) => firstProblem(empty, f))).toEqual([
      'validation.required',
      'validation.required',
      'validation.required',
    ]);
  });

  it('refuse a long name and a language the platform does not speak', () => {
    const result = signUpSchema.safeParse({ ...valid, displayName: 'x'.repeat(121), preferredLanguage: 'de' });
    expect(firstProblem(result, 'displayName')).toBe('validation.tooLong');
    expect(result.error?.issues.some((i) => i.path[0] === 'preferredLanguage')).toBe(true);
  });
});

describe('new password with confirmation', () => {
  it('asks for the confirmation while it is empty', () => {
    const result = resetPasswordSchema.safeParse({ newPassword: 'Olive-harbour-1987', confirmPassword: '' });
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['confirmPassword', 'validation.required'],
    ]);
  });

  it('says on the confirmation field when the two differ, even while the new one is still too short', () => {
    const differ = resetPasswordSchema.safeParse({
      newPassword: 'Olive-harbour-1987',
      confirmPassword: 'Olive-harbour-1988',
    });
    expect(firstProblem(differ, 'confirmPassword')).toBe('validation.passwordsDiffer');
    const short = resetPasswordSchema.safeParse({ newPassword: 'short', confirmPassword: 'other' });
    expect([firstProblem(short, 'newPassword'), firstProblem(short, 'confirmPassword')]).toEqual([
      'validation.passwordTooShort',
      'validation.passwordsDiffer',
    ]);
  });

  it('accepts two equal passwords', () => {
    const ok = { newPassword: 'Quiet-lighthouse-2031', confirmPassword: 'Quiet-lighthouse-2031' };
    expect(resetPasswordSchema.safeParse(ok).success).toBe(true);
    expect(changePasswordSchema.safeParse({ ...ok, currentPassword: 'Olive-harbour-1987' }).success).toBe(true);
  });

  it('needs the current password to change it, without judging the current one', () => {
    const ok = { newPassword: 'Quiet-lighthouse-2031', confirmPassword: 'Quiet-lighthouse-2031' };
    expect(firstProblem(changePasswordSchema.safeParse({ ...ok, currentPassword: '' }), 'currentPassword')).toBe(
      'validation.required',
    );
    // An old password from before the rules still confirms who you are.
    expect(changePasswordSchema.safeParse({ ...ok, currentPassword: 'short' }).success).toBe(true);
  });
});

describe('account forms', () => {
  it('change of address: a real new address and the password', () => {
    const bad = emailChangeSchema.safeParse({ newEmail: 'maria@', password: '' });
    expect([firstProblem(bad, 'newEmail'), firstProblem(bad, 'password')]).toEqual([
      'validation.email',
      'validation.required',
    ]);
    expect(emailChangeSchema.safeParse({ newEmail: ' maria.p@vet-school.gr', password: 'x' }).data?.newEmail).toBe(
      'maria.p@vet-school.gr',
    );
  });

  it('name and language: the same rules as sign-up', () => {
    expect(profileSchema.safeParse({ displayName: 'Νίκος', preferredLanguage: 'el' }).success).toBe(true);
    expect(firstProblem(profileSchema.safeParse({ displayName: '', preferredLanguage: 'en' }), 'displayName')).toBe(
      'validation.required',
    );
  });

  it('forgot password and delete account ask only for what they need', () => {
    expect(firstProblem(forgotPasswordSchema.safeParse({ email: 'no' }), 'email')).toBe('validation.email');
    expect(firstProblem(deleteAccountSchema.safeParse({ password: '' }), 'password')).toBe('validation.required');
    expect(deleteAccountSchema.safeParse({ password: 'anything' }).success).toBe(true);
  });
});
