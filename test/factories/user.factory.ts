import { randomBytes } from 'node:crypto';
import type { HttpClient } from '../support/http-client';

export interface UserInput {
  email: string;
  password: string;
  displayName: string;
  preferredLanguage: 'en' | 'el';
}

let counter = 0;

/** A registration body that passes validation; override what the test is about. */
export function aUser(overrides: Partial<UserInput> = {}): UserInput {
  counter += 1;
  return {
    email: `person${counter}.${randomBytes(3).toString('hex')}@vet-school.example`,
    password: `Olive-grove-${randomBytes(4).toString('hex')}`,
    displayName: `Test Person ${counter}`,
    preferredLanguage: 'en',
    ...overrides,
  };
}

export interface SignedInUser {
  input: UserInput;
  id: string;
  accessToken: string;
  refreshToken: string;
}

/** Registers through the API; the address counts as confirmed unless `verified: false`. */
export async function registerUser(
  api: HttpClient,
  overrides: Partial<UserInput> = {},
  opts: { verified?: boolean } = {},
): Promise<SignedInUser> {
  const input = aUser(overrides);
  const res = await api.post('/v1/auth/register', input);
  if (res.status !== 201) throw new Error(`registration failed: ${res.status} ${JSON.stringify(res.body)}`);
  if (opts.verified !== false) await api.verifyEmail?.(res.body.user.id);
  return { input, id: res.body.user.id, accessToken: res.body.accessToken, refreshToken: res.body.refreshToken };
}
