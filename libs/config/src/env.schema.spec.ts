import { ConfigError, DEV_JWT_ACCESS_SECRET, loadConfig } from './env.schema';

describe('config schema', () => {
  it('works with no environment at all on a developer machine', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/syndesmos');
    expect(config.apiPort).toBe(3000);
    expect(config.seedDemoData).toBe(true);
  });

  it('puts the web app where the API serves it unless PUBLIC_WEB_URL says otherwise', () => {
    expect(loadConfig({}).publicWebUrl).toBe('http://127.0.0.1:3000');
    expect(loadConfig({ PUBLIC_API_URL: 'https://syndesmos.example/' }).publicWebUrl).toBe('https://syndesmos.example');
    expect(
      loadConfig({ PUBLIC_API_URL: 'https://api.example', PUBLIC_WEB_URL: 'https://app.example' }).publicWebUrl,
    ).toBe('https://app.example');
    expect(loadConfig({}).publicRealtimeUrl).toBe('http://127.0.0.1:3001');
    expect(loadConfig({}).webDistDir).toBe('apps/web/dist');
  });

  it('lets a school behind one address sign in while each account stays guarded', () => {
    const config = loadConfig({});
    expect(config.loginRateLimitAccount).toBe(5);
    expect(config.loginRateLimitIp).toBe(300);
    expect(config.loginRateLimitWindowSeconds).toBe(900);
  });

  it('lists every problem in one error', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ API_PORT: '70000', REDIS_URL: 'http://x', TRUST_PROXY: 'maybe', NODE_ENV: 'development' });
    } catch (err) {
      error = err as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.problems).toEqual([
      'API_PORT must be between 0 and 65535, got 70000',
      'REDIS_URL must use redis: or rediss:, got "http:"',
      'TRUST_PROXY must be true or false, got "maybe"',
    ]);
  });

  it('refuses the development secrets in production, set or defaulted', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_ACCESS_SECRET must be set in production/);
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        JWT_ACCESS_SECRET: DEV_JWT_ACCESS_SECRET,
        MEILI_MASTER_KEY: 'k'.repeat(32),
      }),
    ).toThrow(/JWT_ACCESS_SECRET must not be the development default/);
  });

  it('accepts a complete production environment and turns demo data off', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      JWT_ACCESS_SECRET: 's'.repeat(40),
      MEILI_MASTER_KEY: 'm'.repeat(32),
      CORS_ORIGINS: 'https://app.syndesmos.eu, https://admin.syndesmos.eu',
    });
    expect(config.seedDemoData).toBe(false);
    expect(config.corsOrigins).toEqual(['https://app.syndesmos.eu', 'https://admin.syndesmos.eu']);
  });

  it('refuses a presence heartbeat that is not shorter than its TTL', () => {
    expect(() => loadConfig({ PRESENCE_TTL_SECONDS: '5', PRESENCE_HEARTBEAT_SECONDS: '5' })).toThrow(
      /PRESENCE_HEARTBEAT_SECONDS must be less than PRESENCE_TTL_SECONDS/,
    );
    expect(loadConfig({ PRESENCE_TTL_SECONDS: '3', PRESENCE_HEARTBEAT_SECONDS: '1' }).presenceTtlSeconds).toBe(3);
  });
});
