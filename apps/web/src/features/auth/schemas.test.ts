import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PASSWORD_MAX, PASSWORD_MIN, newPasswordSchema, signInSchema } from './schemas';

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

  it('ask for a real e-mail address before signing in', () => {
    const bad = signInSchema.safeParse({ email: 'maria@', password: 'x' });
    expect(bad.error?.issues.map((i) => i.message)).toEqual(['validation.email']);
    const empty = signInSchema.safeParse({ email: '', password: '' });
    // The form shows each field's first problem: an empty address is "required", not "invalid".
    const first = (field: string) => empty.error?.issues.find((i) => i.path[0] === field)?.message;
    expect([first('email'), first('password')]).toEqual(['validation.required', 'validation.required']);
    expect(signInSchema.safeParse({ email: ' maria@vet-school.gr ', password: 'x' }).data?.email).toBe(
      'maria@vet-school.gr',
    );
  });
});
