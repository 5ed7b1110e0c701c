import helmet from 'helmet';
import type { AppConfig } from '@syndesmos/config';

type Directives = Record<string, string[] | null>;

/**
 * What the API adds to helmet's strict default Content Security Policy, so the web app it
 * serves works under it: XHR/fetch to itself and socket.io to the realtime gateway (both its
 * http and ws forms), and organisation logos, which are external https images. Scripts stay
 * `'self'` only: the app has no inline script.
 */
export function contentSecurityDirectives(config: Pick<AppConfig, 'publicRealtimeUrl' | 'publicWebUrl'>): Directives {
  const realtime = new URL(config.publicRealtimeUrl);
  const socket = `${realtime.protocol === 'https:' ? 'wss:' : 'ws:'}//${realtime.host}`;
  return {
    'connect-src': ["'self'", realtime.origin, socket],
    'img-src': ["'self'", 'data:', 'https:'],
    // Upgrading every request to https breaks an app served over plain http on anything but
    // loopback; kept wherever the app is served over https.
    'upgrade-insecure-requests': new URL(config.publicWebUrl).protocol === 'https:' ? [] : null,
  };
}

/** Helmet's headers, its default CSP widened only by `contentSecurityDirectives`. */
export function securityHeaders(
  config: Pick<AppConfig, 'publicRealtimeUrl' | 'publicWebUrl'>,
): ReturnType<typeof helmet> {
  return helmet({ contentSecurityPolicy: { directives: contentSecurityDirectives(config) } });
}
