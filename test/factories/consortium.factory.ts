import type { HttpClient } from '../support/http-client';
import { createOrganisation } from './organisation.factory';
import { registerUser, type SignedInUser } from './user.factory';

/** An organisation taken through submit and NA approval, owned by `owner`. */
export async function publishedOrganisation(
  api: HttpClient,
  owner: SignedInUser,
  moderatorToken: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; country: string }> {
  const org = await createOrganisation(api, owner.accessToken, overrides);
  const submitted = await api.post(`/v1/organisations/${org.id}/submit`, undefined, { token: owner.accessToken });
  if (submitted.status !== 200) throw new Error(`submit failed: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  const res = await api.post(`/v1/moderation/organisations/${org.id}/approve`, {}, { token: moderatorToken });
  if (res.body?.status !== 'published') throw new Error(`approve failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: org.id, country: org.profile.country as string };
}

/** A new user who joins the organisation with the given role, through an invitation. */
export async function addMember(
  api: HttpClient,
  ownerToken: string,
  organisationId: string,
  role: 'admin' | 'member',
): Promise<SignedInUser> {
  const user = await registerUser(api);
  const inv = await api.post(
    `/v1/organisations/${organisationId}/invitations`,
    { email: user.input.email, role },
    { token: ownerToken },
  );
  const res = await api.post('/v1/invitations/accept', { token: inv.body.token }, { token: user.accessToken });
  if (res.status >= 300) throw new Error(`join failed: ${res.status} ${JSON.stringify(res.body)}`);
  return user;
}

/** A date `days` from today (UTC), as YYYY-MM-DD. */
export function day(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export type PartnerCountry = 'GR' | 'PT' | 'ES' | 'DE';

/**
 * Four published organisations with an owner each, the cast of the call and consortium
 * tests: a Greek VET school, a Portuguese manufacturing SME, a Spanish chamber, a German VET
 * school.
 */
export async function partnerOrganisations(
  api: HttpClient,
  moderatorToken: string,
): Promise<{ users: Record<PartnerCountry, SignedInUser>; org: Record<PartnerCountry, string> }> {
  const profiles: Record<PartnerCountry, Record<string, unknown>> = {
    GR: { displayName: 'KEK Patras' },
    PT: {
      displayName: 'Porto Metalworks',
      country: 'PT',
      organisationType: 'sme',
      naceSections: ['C'],
      naceDivisions: ['25'],
    },
    ES: {
      displayName: 'Cámara de Comercio de Sevilla',
      country: 'ES',
      organisationType: 'social_partner',
      naceSections: ['S'],
      naceDivisions: ['94'],
    },
    DE: { displayName: 'Berufsschule Köln', country: 'DE' },
  };
  const users = {} as Record<PartnerCountry, SignedInUser>;
  const org = {} as Record<PartnerCountry, string>;
  for (const [country, profile] of Object.entries(profiles) as [PartnerCountry, Record<string, unknown>][]) {
    users[country] = await registerUser(api);
    org[country] = (await publishedOrganisation(api, users[country], moderatorToken, profile)).id;
  }
  return { users, org };
}

/** A consortium coordinated by `coordinator`'s organisation, each partner invited and accepted. */
export async function consortiumWith(
  api: HttpClient,
  coordinator: { user: SignedInUser; organisationId: string },
  partners: { user: SignedInUser; organisationId: string }[],
  body: { name: string; action: 'KA210-VET' | 'KA220-VET' },
): Promise<{ id: string; channelId: string }> {
  const token = (u: SignedInUser) => ({ token: u.accessToken });
  const c = await api.post(
    '/v1/consortia',
    { organisationId: coordinator.organisationId, ...body },
    token(coordinator.user),
  );
  if (c.status !== 201) throw new Error(`consortium failed: ${c.status} ${JSON.stringify(c.body)}`);
  for (const p of partners) {
    const inv = await api.post(
      `/v1/consortia/${c.body.id}/invitations`,
      { organisationId: p.organisationId, role: 'partner' },
      token(coordinator.user),
    );
    const res = await api.post(`/v1/consortium-invitations/${inv.body.id}/accept`, undefined, token(p.user));
    if (res.status >= 300) throw new Error(`accept failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return { id: c.body.id, channelId: c.body.channelId };
}

/** The body of a small partner call by `organisationId` that seeks any partner; override what the test is about. */
export function aPartnerCall(organisationId: string, overrides: Record<string, unknown> = {}) {
  return {
    organisationId,
    title: 'Welding apprenticeships for offshore wind',
    summary: 'We train welders for offshore wind and seek companies that host apprentices.',
    action: 'KA210-VET',
    topics: ['green_skills'],
    sought: [{ countries: [], naceSections: [], organisationTypes: [], count: 1, role: 'partner', tasks: 'Host' }],
    languages: ['en'],
    plannedStart: null,
    durationMonths: null,
    naDeadline: null,
    answerBy: day(30),
    ...overrides,
  };
}
