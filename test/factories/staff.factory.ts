import { randomBytes } from 'node:crypto';
import { createOperatorContext } from '../../scripts/operator-context';
import type { HttpClient } from '../support/http-client';
import type { TestEnv } from '../support/test-env';

export interface SignedInStaff {
  id: string;
  email: string;
  accessToken: string;
}

/** NA staff (or an admin) made the way operators make them, then signed in through the API. */
export async function signInStaff(
  env: TestEnv,
  api: HttpClient,
  role: 'na_staff' | 'admin',
  countries: string[] = [],
): Promise<SignedInStaff> {
  const email = `${role}.${randomBytes(4).toString('hex')}@na.example`;
  const password = `Moderation-desk-${randomBytes(4).toString('hex')}`;
  const ctx = await createOperatorContext(env.config);
  try {
    await ctx.auth.createAccount({
      email,
      password,
      displayName: `Staff ${countries.join('/')}`,
      preferredLanguage: 'en',
      role,
      naCountries: countries,
    });
  } finally {
    await ctx.close();
  }
  const res = await api.post('/v1/auth/login', { email, password });
  return { id: res.body.user.id, email, accessToken: res.body.accessToken };
}
