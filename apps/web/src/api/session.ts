import { useSyncExternalStore } from 'react';
import type { components } from './schema';

// The access token lives only in memory; the refresh token in an HttpOnly cookie limited to
// /v1/auth, which the API sets when we sign in with refreshTokenIn=cookie. A reload restores
// the session through that cookie; the access token is renewed a minute before it expires.

export type User = components['schemas']['UserResponseDto'];
type Tokens = { accessToken: string; expiresIn: number };

export type SessionState =
  { status: 'restoring' } | { status: 'signedOut' } | { status: 'signedIn'; user: User; accessToken: string };

let state: SessionState = { status: 'restoring' };
let timer: ReturnType<typeof setTimeout> | undefined;
let refreshing: Promise<boolean> | undefined;
let language = 'en';
let restored = false;
// Whether this browser holds a session cookie worth trying (the cookie itself is HttpOnly):
// a visitor who never signed in makes no refresh request, and so sees no 401 in the console.
const HINT = 'syndesmos.session';

function hint(on: boolean): void {
  try {
    if (on) localStorage.setItem(HINT, '1');
    else localStorage.removeItem(HINT);
  } catch {
    // storage refused (private mode): the session still works for this page
  }
}

function hinted(): boolean {
  try {
    return localStorage.getItem(HINT) === '1';
  } catch {
    return true;
  }
}
const listeners = new Set<() => void>();

function set(next: SessionState): void {
  state = next;
  if (next.status !== 'restoring') hint(next.status === 'signedIn');
  for (const l of listeners) l();
}

export function getSession(): SessionState {
  return state;
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): SessionState {
  return useSyncExternalStore(subscribeSession, getSession, getSession);
}

/** The language sent as Accept-Language with every request. */
export function setRequestLanguage(lng: string): void {
  language = lng;
}

function schedule(expiresIn: number): void {
  clearTimeout(timer);
  const ms = Math.max(5, expiresIn - 60) * 1000;
  timer = setTimeout(() => void refresh(), ms);
}

async function post(path: string, body?: unknown, token?: string): Promise<Response> {
  const headers: Record<string, string> = { 'Accept-Language': language };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  return fetch(path, {
    method: 'POST',
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
}

async function fetchMe(token: string): Promise<User | undefined> {
  const res = await fetch('/v1/me', { headers: { Authorization: `Bearer ${token}`, 'Accept-Language': language } });
  return res.ok ? ((await res.json()) as User) : undefined;
}

/** Renews the access token through the refresh cookie; false when there is no session. */
export function refresh(): Promise<boolean> {
  if (state.status === 'restoring' && !hinted()) {
    set({ status: 'signedOut' });
    return Promise.resolve(false);
  }
  refreshing ??= (async () => {
    try {
      const res = await post('/v1/auth/refresh', {});
      if (!res.ok) {
        clearTimeout(timer);
        set({ status: 'signedOut' });
        return false;
      }
      const tokens = (await res.json()) as Tokens;
      if (state.status === 'restoring') restored = true;
      const user = state.status === 'signedIn' ? state.user : await fetchMe(tokens.accessToken);
      if (!user) {
        set({ status: 'signedOut' });
        return false;
      }
      set({ status: 'signedIn', user, accessToken: tokens.accessToken });
      schedule(tokens.expiresIn);
      return true;
    } catch {
      // Offline: keep what we have; the next request or timer tries again.
      if (state.status === 'restoring') set({ status: 'signedOut' });
      return false;
    } finally {
      refreshing = undefined;
    }
  })();
  return refreshing;
}

/** Whether the current session came back from the refresh cookie (a reload), rather than
 *  from signing in on this page. */
export function sessionWasRestored(): boolean {
  return restored;
}

/** Called with the answer of sign-in, sign-up or any call that starts a session. */
export function startSession(user: User, tokens: Tokens): void {
  restored = false;
  set({ status: 'signedIn', user, accessToken: tokens.accessToken });
  schedule(tokens.expiresIn);
}

/** Replaces the signed-in user after a change to the account (name, language, e-mail). */
export function updateUser(user: User): void {
  if (state.status === 'signedIn') set({ ...state, user });
}

export async function signOut(): Promise<void> {
  const token = state.status === 'signedIn' ? state.accessToken : undefined;
  clearTimeout(timer);
  set({ status: 'signedOut' });
  if (token) await post('/v1/auth/logout', undefined, token).catch(() => undefined);
}

/** Forgets the session locally (the account is gone, or the server ended it). */
export function endSessionLocally(): void {
  clearTimeout(timer);
  set({ status: 'signedOut' });
}

async function settled(): Promise<void> {
  if (state.status === 'restoring') await refresh();
}

function withHeaders(request: Request): Request {
  const headers = new Headers(request.headers);
  if (!headers.has('Accept-Language')) headers.set('Accept-Language', language);
  if (state.status === 'signedIn') headers.set('Authorization', `Bearer ${state.accessToken}`);
  return new Request(request, { headers });
}

/** Whether a refusal of the access token (the API's or the gateway's code) may be mended by renewing it. */
export function renewalMayHelp(code: unknown): boolean {
  return code === 'TOKEN_EXPIRED' || code === 'TOKEN_REVOKED';
}

/** fetch for the generated client: waits for a restoring session, signs each request, and
 *  retries once with a renewed token when the API says the access token expired. */
export async function authorisedFetch(input: Request): Promise<Response> {
  await settled();
  const retry = input.clone();
  const res = await fetch(withHeaders(input));
  if (res.status !== 401 || state.status !== 'signedIn') return res;
  const body = (await res
    .clone()
    .json()
    .catch(() => undefined)) as { code?: string } | undefined;
  if (!renewalMayHelp(body?.code)) return res;
  if (!(await refresh())) return res;
  return fetch(withHeaders(retry));
}
