import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApi } from '../support/test-env';

// A tiny stand-in for Vite's build (index.html + hashed assets), so serving is tested on its
// own, whatever state apps/web is in.
function fixtureDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'syndesmos-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><script type="module" src="/assets/index-Bx7f3k9Q.js"></script></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(join(dir, 'assets', 'index-Bx7f3k9Q.js'), 'console.log("syndesmos");\n');
  writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\n');
  return dir;
}

const HTML = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
const YEAR = 'public, max-age=31536000, immutable';

describe('the web app served by the API', () => {
  const dist = fixtureDist();
  const ctx = useApi({ WEB_DIST_DIR: dist, PUBLIC_REALTIME_URL: 'https://rt.syndesmos.example' });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('answers / with index.html, never cached', async () => {
    const res = await ctx.api.get('/', { headers: HTML });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body).toContain('<div id="root"></div>');
  });

  it('answers HEAD / like GET, without a body', async () => {
    const res = await ctx.api.request('HEAD', '/');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body).toBeUndefined();
  });

  it('caches hashed assets for a year, as immutable', async () => {
    const res = await ctx.api.get('/assets/index-Bx7f3k9Q.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toBe(YEAR);
    expect(res.body).toContain('syndesmos');
  });

  it('serves other files of the build, revalidated on each use', async () => {
    const res = await ctx.api.get('/robots.txt');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=0');
  });

  it.each(['/verify-email?token=abc123', '/organisations/123', '/search?q=robotics&country=PT', '/index.html'])(
    'opens the app at the client route %s',
    async (path) => {
      const res = await ctx.api.get(path, { headers: HTML });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.body).toContain('<div id="root"></div>');
    },
  );

  it('answers a missing asset with the JSON 404, not the app, and does not cache it', async () => {
    const res = await ctx.api.get('/assets/nope.js', { headers: HTML });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('NOT_FOUND');
    expect(res.headers.get('cache-control') ?? '').not.toContain('immutable');
  });

  it('answers an unknown address that is no page request (no text/html) with the JSON 404', async () => {
    const res = await ctx.api.get('/organisations/123', { headers: { accept: 'application/json' } });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });

  it.each(['/v1/nope', '/v1', '/health/nope', '/docs-json/nope'])(
    'keeps %s the API: the JSON 404, even for a browser',
    async (path) => {
      const res = await ctx.api.get(path, { headers: HTML });
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    },
  );

  it('leaves /health, /docs and the API as they were', async () => {
    expect((await ctx.api.get('/health')).body.status).toBeDefined();
    const docs = await ctx.api.get('/docs', { headers: HTML });
    expect(docs.status).toBe(200);
    expect(docs.body).toContain('swagger');
    expect((await ctx.api.get('/docs-json')).body.openapi).toMatch(/^3\./);
    expect((await ctx.api.get('/v1/taxonomies')).status).toBe(200);
  });

  it('tells the web app where this deployment runs its realtime gateway', async () => {
    const res = await ctx.api.get('/v1/platform');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ realtimeUrl: 'https://rt.syndesmos.example' });
  });

  it('never serves a file outside the build', async () => {
    for (const path of [
      '/..%2fpackage.json',
      '/assets/%2e%2e/%2e%2e/package.json',
      '/robots.txt%2f..%2f..%2fpackage.json',
    ]) {
      const res = await ctx.api.get(path, { headers: HTML });
      expect(JSON.stringify(res.body)).not.toContain('devDependencies');
    }
    // send refuses a path that climbs out of the build, with the one error body.
    const climb = await ctx.api.get('/assets/..%2f..%2fpackage.json', { headers: HTML });
    expect(climb.status).toBe(403);
    expect(climb.body).toMatchObject({ statusCode: 403, code: 'FORBIDDEN', requestId: expect.any(String) });
  });

  it('keeps the strict CSP: scripts from the app only, fetch and socket.io to itself and the gateway', async () => {
    const res = await ctx.api.get('/', { headers: HTML });
    const csp = res.headers.get('content-security-policy') ?? '';
    const directive = (name: string) =>
      csp
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith(`${name} `)) ?? '';
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(directive('script-src-attr')).toBe("script-src-attr 'none'");
    expect(directive('default-src')).toBe("default-src 'self'");
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(directive('connect-src')).toBe("connect-src 'self' https://rt.syndesmos.example wss://rt.syndesmos.example");
    expect(directive('img-src')).toBe("img-src 'self' data: https:");
    // Served over http here: upgrading requests to https would break every asset.
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('the web app before it is built', () => {
  const ctx = useApi({ WEB_DIST_DIR: join(tmpdir(), 'syndesmos-web-never-built') });

  it('answers pages with 503 WEB_APP_NOT_BUILT and keeps the API running', async () => {
    const res = await ctx.api.get('/', { headers: HTML });
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ statusCode: 503, code: 'WEB_APP_NOT_BUILT' });
    expect(res.body.message).toMatch(/npm run build/);
    expect((await ctx.api.get('/verify-email?token=x', { headers: HTML })).status).toBe(503);
    expect((await ctx.api.get('/assets/index-Bx7f3k9Q.js')).status).toBe(404);
    expect((await ctx.api.get('/v1/taxonomies')).status).toBe(200);
  });
});

describe('the CSP when the app is served over https', () => {
  const ctx = useApi({ PUBLIC_WEB_URL: 'https://syndesmos.example' });

  it('keeps upgrade-insecure-requests', async () => {
    const res = await ctx.api.get('/health');
    expect(res.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
  });
});
