import type { ServerResponse } from 'node:http';
import type { AppConfig } from '@syndesmos/config';
import { DomainException, ErrorCode } from '@syndesmos/common';
import { nodeRequest, type AppRequest } from '../common/http-request';

// Browsers keep the refresh token in an HttpOnly cookie (the page's script never sees it);
// API clients keep receiving it in the JSON body. The cookie only travels to the auth paths.

export const REFRESH_COOKIE = 'syndesmos_refresh';
export const REFRESH_COOKIE_PATH = '/v1/auth';

/** Where sign-in and registration put the refresh token. */
export const REFRESH_TOKEN_PLACES = ['body', 'cookie'] as const;
export type RefreshTokenPlace = (typeof REFRESH_TOKEN_PLACES)[number];

type CookieConfig = Pick<AppConfig, 'publicWebUrl' | 'refreshTokenTtlDays'>;

/** What the framework request adds (Fastify and Express alike; both honour TRUST_PROXY). */
type FrameworkRequest = AppRequest & { protocol?: string; host?: string };

/** The Node response under Fastify's reply or Express's response. */
export function nodeResponse(res: unknown): ServerResponse {
  const raw = (res as { raw?: ServerResponse }).raw;
  return raw ?? (res as ServerResponse);
}

/** The scheme the browser used: the connection's own, or X-Forwarded-Proto behind a trusted proxy. */
function requestScheme(req: FrameworkRequest): string {
  if (req.protocol) return req.protocol.replace(/:$/, '');
  return (nodeRequest(req).socket as { encrypted?: boolean } | undefined)?.encrypted ? 'https' : 'http';
}

/**
 * `Secure` whenever the address is https: the request came over https (TLS to this process,
 * or `X-Forwarded-Proto: https` from a proxy trusted with TRUST_PROXY), or the platform's
 * public address (PUBLIC_WEB_URL) is https.
 */
function isSecure(req: FrameworkRequest, config: CookieConfig): boolean {
  return requestScheme(req) === 'https' || new URL(config.publicWebUrl).protocol === 'https:';
}

function cookie(req: FrameworkRequest, config: CookieConfig, value: string, maxAgeSeconds: number): string {
  const parts = [
    `${REFRESH_COOKIE}=${value}`,
    'HttpOnly',
    'SameSite=Strict',
    `Path=${REFRESH_COOKIE_PATH}`,
    `Max-Age=${maxAgeSeconds}`,
  ];
  if (isSecure(req, config)) parts.push('Secure');
  return parts.join('; ');
}

/** Sets the refresh cookie; it lives as long as an idle session does. */
export function setRefreshCookie(req: AppRequest, res: unknown, config: CookieConfig, token: string): void {
  nodeResponse(res).appendHeader('set-cookie', cookie(req, config, token, config.refreshTokenTtlDays * 86_400));
}

/** Tells the browser to drop the refresh cookie. */
export function clearRefreshCookie(req: AppRequest, res: unknown, config: CookieConfig): void {
  nodeResponse(res).appendHeader('set-cookie', cookie(req, config, '', 0));
}

/** The refresh token in the request's cookie, if any. */
export function refreshTokenFromCookie(req: AppRequest): string | undefined {
  const header = nodeRequest(req).headers.cookie;
  if (typeof header !== 'string') return undefined;
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=');
    if (at < 0 || pair.slice(0, at).trim() !== REFRESH_COOKIE) continue;
    const value = pair.slice(at + 1).trim();
    return value === '' ? undefined : value;
  }
  return undefined;
}

/**
 * A cookie rides along on any request to the auth paths, whoever's page sent it; SameSite
 * already stops other sites, and this stops anything that is not the platform's own page: the
 * Origin must be the web app's (PUBLIC_WEB_URL) or the request's own scheme and host (the
 * address the browser used, e.g. through Vite's dev proxy). No Origin at all is refused too.
 */
export function assertSameOrigin(req: AppRequest, config: Pick<AppConfig, 'publicWebUrl'>): void {
  const origin = nodeRequest(req).headers.origin;
  const framework = req as FrameworkRequest;
  const host = framework.host ?? nodeRequest(req).headers.host;
  const own = [new URL(config.publicWebUrl).origin];
  if (host) own.push(`${requestScheme(framework)}://${host}`.toLowerCase());
  if (typeof origin !== 'string' || !own.includes(origin.toLowerCase())) {
    throw new DomainException(ErrorCode.CrossSiteRequest);
  }
}
