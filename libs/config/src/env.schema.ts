// One schema for the whole platform: every process parses the environment once at boot with it,
// and docker-compose.yml uses exactly these names.

export type NodeEnv = 'development' | 'test' | 'production';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface AppConfig {
  nodeEnv: NodeEnv;
  logLevel: LogLevel;
  host: string;
  apiPort: number;
  realtimePort: number;
  /** The socket.io adapter between gateway nodes (see README: chosen by benchmark). */
  realtimeAdapter: 'redis' | 'redis-streams';
  workerHealthPort: number;
  publicApiUrl: string;
  /**
   * Where people open the web app (the API serves it, so by default the API's own address):
   * links in e-mails point here, and its origin is the one the refresh cookie is accepted from.
   */
  publicWebUrl: string;
  /** How browsers reach the realtime gateway (socket.io): the web app's CSP allows it. */
  publicRealtimeUrl: string;
  /** The built web app the API serves at / (relative to the working directory). */
  webDistDir: string;
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  meiliUrl: string;
  meiliMasterKey: string;
  meiliIndexPrefix: string;
  meiliDataDir: string;
  /** How often the worker checks each search index against PostgreSQL (and repairs it). */
  searchCheckIntervalSeconds: number;
  jwtAccessSecret: string;
  jwtAccessTtlSeconds: number;
  refreshTokenTtlDays: number;
  smtpUrl: string;
  mailFrom: string;
  corsOrigins: string[];
  bodyLimitBytes: number;
  trustProxy: boolean;
  loginRateLimitAccount: number;
  loginRateLimitIp: number;
  loginRateLimitWindowSeconds: number;
  /** Accounts registered per IP per window (each one mails a verification link). */
  registerRateLimitIp: number;
  registerRateLimitWindowSeconds: number;
  /** Account mail (password reset, verification resend, address change) per address or user, and per IP. */
  accountMailRateLimitAddress: number;
  accountMailRateLimitIp: number;
  accountMailRateLimitWindowSeconds: number;
  /** A gateway node's presence entries outlive it by at most this long (its heartbeat key's TTL). */
  presenceTtlSeconds: number;
  /** How often a gateway node refreshes its heartbeat and looks for nodes whose heartbeat expired. */
  presenceHeartbeatSeconds: number;
  seedDemoData: boolean;
  /** How often the worker puts back what Redis lost: missing schedules, mail still pending. */
  recoveryCheckIntervalMs: number;
  /** Mail still pending this long after it was queued is enqueued again (sent once all the same). */
  mailResendAfterMs: number;
}

// Development defaults: they work against the loopback PostgreSQL, Redis and the Meilisearch the
// project starts itself. Production refuses the secret ones.
export const DEV_JWT_ACCESS_SECRET = 'dev-only-access-secret-change-me-0123456789';
export const DEV_MEILI_MASTER_KEY = 'dev-only-meili-master-key-0123456789';

type Parser<T> = (raw: string) => T;

interface Field<T> {
  env: string;
  parse: Parser<T>;
  /** A value, or one computed from NODE_ENV and the fields parsed before this one. */
  default?: T | ((env: NodeEnv, parsed: Partial<AppConfig>) => T);
  secretDefault?: boolean;
}

class FieldError extends Error {}

const str: Parser<string> = (raw) => {
  if (raw.trim() === '') throw new FieldError('must not be empty');
  return raw.trim();
};

const int =
  (min: number, max: number): Parser<number> =>
  (raw) => {
    if (!/^-?\d+$/.test(raw.trim())) throw new FieldError(`must be an integer, got "${raw}"`);
    const n = Number(raw);
    if (n < min || n > max) throw new FieldError(`must be between ${min} and ${max}, got ${n}`);
    return n;
  };

const bool: Parser<boolean> = (raw) => {
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new FieldError(`must be true or false, got "${raw}"`);
};

const oneOf =
  <T extends string>(values: readonly T[]): Parser<T> =>
  (raw) => {
    if (!(values as readonly string[]).includes(raw)) {
      throw new FieldError(`must be one of ${values.join(', ')}, got "${raw}"`);
    }
    return raw as T;
  };

const url =
  (protocols: string[]): Parser<string> =>
  (raw) => {
    let parsed: URL;
    try {
      parsed = new URL(raw);
    } catch {
      throw new FieldError(`must be a URL, got "${raw}"`);
    }
    if (!protocols.includes(parsed.protocol)) {
      throw new FieldError(`must use ${protocols.join(' or ')}, got "${parsed.protocol}"`);
    }
    return raw.replace(/\/+$/, '');
  };

const secret =
  (minLength: number): Parser<string> =>
  (raw) => {
    if (raw.length < minLength) throw new FieldError(`must be at least ${minLength} characters`);
    return raw;
  };

const list: Parser<string[]> = (raw) =>
  raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

const port = int(0, 65535);

const schema: { [K in keyof AppConfig]: Field<AppConfig[K]> } = {
  nodeEnv: { env: 'NODE_ENV', parse: oneOf(['development', 'test', 'production'] as const), default: 'development' },
  logLevel: {
    env: 'LOG_LEVEL',
    parse: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const),
    default: (env) => (env === 'test' ? 'silent' : 'info'),
  },
  host: { env: 'HOST', parse: str, default: '127.0.0.1' },
  apiPort: { env: 'API_PORT', parse: port, default: 3000 },
  realtimePort: { env: 'REALTIME_PORT', parse: port, default: 3001 },
  realtimeAdapter: {
    env: 'REALTIME_ADAPTER',
    parse: oneOf(['redis', 'redis-streams'] as const),
    default: 'redis',
  },
  workerHealthPort: { env: 'WORKER_HEALTH_PORT', parse: port, default: 3002 },
  publicApiUrl: { env: 'PUBLIC_API_URL', parse: url(['http:', 'https:']), default: 'http://127.0.0.1:3000' },
  // The API serves the web app, so by default the app lives where the API does.
  publicWebUrl: {
    env: 'PUBLIC_WEB_URL',
    parse: url(['http:', 'https:']),
    default: (_env, parsed) => parsed.publicApiUrl ?? 'http://127.0.0.1:3000',
  },
  publicRealtimeUrl: {
    env: 'PUBLIC_REALTIME_URL',
    parse: url(['http:', 'https:']),
    default: 'http://127.0.0.1:3001',
  },
  webDistDir: { env: 'WEB_DIST_DIR', parse: str, default: 'apps/web/dist' },
  databaseUrl: {
    env: 'DATABASE_URL',
    parse: url(['postgres:', 'postgresql:']),
    default: 'postgres://postgres@127.0.0.1:5432/syndesmos',
  },
  redisUrl: { env: 'REDIS_URL', parse: url(['redis:', 'rediss:']), default: 'redis://127.0.0.1:6379' },
  redisPrefix: { env: 'REDIS_PREFIX', parse: str, default: 'syndesmos:' },
  meiliUrl: { env: 'MEILI_URL', parse: url(['http:', 'https:']), default: 'http://127.0.0.1:7700' },
  meiliMasterKey: { env: 'MEILI_MASTER_KEY', parse: secret(16), default: DEV_MEILI_MASTER_KEY, secretDefault: true },
  meiliIndexPrefix: { env: 'MEILI_INDEX_PREFIX', parse: (raw) => raw.trim(), default: '' },
  meiliDataDir: { env: 'MEILI_DATA_DIR', parse: str, default: '.data/meilisearch' },
  searchCheckIntervalSeconds: { env: 'SEARCH_CHECK_INTERVAL_SECONDS', parse: int(1, 3600), default: 10 },
  jwtAccessSecret: {
    env: 'JWT_ACCESS_SECRET',
    parse: secret(32),
    default: DEV_JWT_ACCESS_SECRET,
    secretDefault: true,
  },
  jwtAccessTtlSeconds: { env: 'JWT_ACCESS_TTL_SECONDS', parse: int(30, 86400), default: 900 },
  refreshTokenTtlDays: { env: 'REFRESH_TOKEN_TTL_DAYS', parse: int(1, 365), default: 30 },
  smtpUrl: { env: 'SMTP_URL', parse: url(['smtp:', 'smtps:']), default: 'smtp://127.0.0.1:1025' },
  mailFrom: { env: 'MAIL_FROM', parse: str, default: 'Syndesmos <no-reply@syndesmos.local>' },
  corsOrigins: {
    env: 'CORS_ORIGINS',
    parse: list,
    default: (env) => (env === 'production' ? [] : ['http://localhost:5173', 'http://127.0.0.1:5173']),
  },
  bodyLimitBytes: { env: 'BODY_LIMIT_BYTES', parse: int(1024, 50 * 1024 * 1024), default: 100 * 1024 },
  trustProxy: { env: 'TRUST_PROXY', parse: bool, default: false },
  loginRateLimitAccount: { env: 'LOGIN_RATE_LIMIT_ACCOUNT', parse: int(1, 10000), default: 5 },
  // Generous: a school's whole class signs in from one address; passwords are guarded per account.
  loginRateLimitIp: { env: 'LOGIN_RATE_LIMIT_IP', parse: int(1, 100000), default: 300 },
  loginRateLimitWindowSeconds: { env: 'LOGIN_RATE_LIMIT_WINDOW_SECONDS', parse: int(1, 86400), default: 900 },
  registerRateLimitIp: { env: 'REGISTER_RATE_LIMIT_IP', parse: int(1, 1_000_000), default: 10 },
  registerRateLimitWindowSeconds: { env: 'REGISTER_RATE_LIMIT_WINDOW_SECONDS', parse: int(1, 86400), default: 3600 },
  accountMailRateLimitAddress: { env: 'ACCOUNT_MAIL_RATE_LIMIT_ADDRESS', parse: int(1, 1_000_000), default: 5 },
  accountMailRateLimitIp: { env: 'ACCOUNT_MAIL_RATE_LIMIT_IP', parse: int(1, 1_000_000), default: 20 },
  accountMailRateLimitWindowSeconds: {
    env: 'ACCOUNT_MAIL_RATE_LIMIT_WINDOW_SECONDS',
    parse: int(1, 86400),
    default: 3600,
  },
  presenceTtlSeconds: { env: 'PRESENCE_TTL_SECONDS', parse: int(2, 3600), default: 30 },
  presenceHeartbeatSeconds: { env: 'PRESENCE_HEARTBEAT_SECONDS', parse: int(1, 1800), default: 10 },
  seedDemoData: { env: 'SEED_DEMO_DATA', parse: bool, default: (env) => env !== 'production' },
  recoveryCheckIntervalMs: { env: 'RECOVERY_CHECK_INTERVAL_MS', parse: int(100, 24 * 3600 * 1000), default: 60_000 },
  mailResendAfterMs: { env: 'MAIL_RESEND_AFTER_MS', parse: int(100, 7 * 24 * 3600 * 1000), default: 10 * 60_000 },
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws one ConfigError that lists every problem found. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const nodeEnvRaw = env.NODE_ENV ?? 'development';
  const nodeEnv: NodeEnv = (['development', 'test', 'production'] as const).includes(nodeEnvRaw as NodeEnv)
    ? (nodeEnvRaw as NodeEnv)
    : 'development';
  const out: Partial<Record<keyof AppConfig, unknown>> = {};

  for (const [key, field] of Object.entries(schema) as [keyof AppConfig, Field<unknown>][]) {
    const raw = env[field.env];
    if (raw === undefined || raw === '') {
      if (field.default === undefined) {
        problems.push(`${field.env} is required`);
        continue;
      }
      if (field.secretDefault && nodeEnv === 'production') {
        problems.push(`${field.env} must be set in production (the development default is public)`);
        continue;
      }
      out[key] =
        typeof field.default === 'function'
          ? (field.default as (e: NodeEnv, parsed: Partial<AppConfig>) => unknown)(nodeEnv, out as Partial<AppConfig>)
          : field.default;
      continue;
    }
    try {
      out[key] = field.parse(raw);
      if (field.secretDefault && nodeEnv === 'production' && out[key] === field.default) {
        problems.push(`${field.env} must not be the development default in production`);
      }
    } catch (err) {
      if (!(err instanceof FieldError)) throw err;
      problems.push(`${field.env} ${err.message}`);
    }
  }

  // A node must beat more often than its heartbeat expires, or live nodes look dead.
  const { presenceTtlSeconds: ttl, presenceHeartbeatSeconds: beat } = out as Partial<AppConfig>;
  if (ttl !== undefined && beat !== undefined && beat >= ttl) {
    problems.push(`PRESENCE_HEARTBEAT_SECONDS must be less than PRESENCE_TTL_SECONDS (${beat} >= ${ttl})`);
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(out as AppConfig);
}

/** Every environment variable the schema reads, for docs and docker-compose checks. */
export const CONFIG_ENV_NAMES: readonly string[] = Object.values(schema).map((f) => f.env);
