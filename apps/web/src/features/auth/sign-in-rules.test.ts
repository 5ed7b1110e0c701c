import { describe, expect, it } from 'vitest';
import { signInBody, signInProblems } from './sign-in-rules';

describe('the sign-in rules', () => {
  it('ask for a real e-mail address before signing in', () => {
    expect(signInProblems({ email: 'maria@', password: 'x' })).toEqual({ email: 'validation.email' });
    expect(signInProblems({ email: 'maria@vet-school', password: 'x' })).toEqual({ email: 'validation.email' });
    expect(signInProblems({ email: `${'m'.repeat(250)}@x.gr`, password: 'x' })).toEqual({
      email: 'validation.tooLong',
    });
  });

  it('say an empty address is missing, not invalid, and want a password', () => {
    expect(signInProblems({ email: '  ', password: '' })).toEqual({
      email: 'validation.required',
      password: 'validation.required',
    });
  });

  it('pass a good address on trimmed, and the password as typed', () => {
    expect(signInProblems({ email: ' maria@vet-school.gr ', password: ' x ' })).toEqual({});
    expect(signInBody({ email: ' maria@vet-school.gr ', password: ' x ' })).toEqual({
      email: 'maria@vet-school.gr',
      password: ' x ',
    });
  });
});
