import { expect, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD } from '../../../scripts/demo-data';

// Set-up through the API, for what other people do meanwhile or what a journey does not itself
// go through: signing in, the token's header, and the account's own organisations.

/** Signs `email` in through the API (with the demo password unless told) and returns its access token. */
export async function apiToken(request: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await request.post('/v1/auth/login', { data: { email, password } });
  expect(res.status(), `signing ${email} in through the API: ${await res.text()}`).toBe(200);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/** Request options carrying the token: `request.get(url, bearer(token))`, `{ ...bearer(token), data }`. */
export const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });

export type Role = 'owner' | 'admin' | 'member';

export interface Organisation {
  id: string;
  status: string;
  statusReason: string | null;
  profile: { displayName: string; oid: string; city: string };
}

export interface Membership {
  role: Role;
  organisation: Organisation;
}

/** The account's organisations, each with its role there (GET /v1/organisations/mine). */
export async function myOrganisations(request: APIRequestContext, token: string): Promise<Membership[]> {
  const res = await request.get('/v1/organisations/mine?limit=100', bearer(token));
  expect(res.status(), await res.text()).toBe(200);
  return ((await res.json()) as { items: Membership[] }).items;
}

export interface OrganisationWanted {
  /** The account's role there, or one of these roles. */
  role?: Role | readonly Role[];
  status?: string;
  name?: string;
  oid?: string;
}

/** The account's owned (or, with `role`, otherwise held) published organisation. */
export const OWNED_PUBLISHED: OrganisationWanted = { role: 'owner', status: 'published' };

/**
 * The first of the account's organisations that has everything `wanted` names (any of them when
 * it names nothing), with its display name as `name`; fails when the demo data has none.
 */
export async function myOrganisation(
  request: APIRequestContext,
  token: string,
  wanted: OrganisationWanted,
): Promise<Organisation & { name: string }> {
  const roles = wanted.role === undefined ? undefined : ([] as Role[]).concat(wanted.role);
  const found = (await myOrganisations(request, token)).find(
    ({ role, organisation: o }) =>
      (!roles || roles.includes(role)) &&
      (!wanted.status || o.status === wanted.status) &&
      (!wanted.name || o.profile.displayName === wanted.name) &&
      (!wanted.oid || o.profile.oid === wanted.oid),
  );
  if (!found) throw new Error(`the account has no organisation ${JSON.stringify(wanted)} in the demo data`);
  return { ...found.organisation, name: found.organisation.profile.displayName };
}
