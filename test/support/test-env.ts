import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import type { AppConfig } from '@syndesmos/config';
import { ensureDatabaseExists } from '@syndesmos/database';
import { deleteKeysWithPrefix } from '@syndesmos/redis';
import { createMeiliClient, deleteIndexesWithPrefix } from '@syndesmos/search';
import { createApiApp, type ApiAppOptions } from '../../apps/api/src/api.app';
import { baseTestConfig, databaseUrlFor, TEMPLATE_DB } from './test-services';
import { HttpClient } from './http-client';

/**
 * One isolated world per test file: its own database (copied from the migrated template),
 * its own Redis key prefix and its own Meilisearch index prefix. `close()` removes all three.
 */
export class TestEnv {
  private readonly apps: INestApplication[] = [];

  private constructor(
    readonly id: string,
    readonly config: AppConfig,
    readonly databaseName: string,
  ) {}

  static async create(overrides: NodeJS.ProcessEnv = {}): Promise<TestEnv> {
    const id = randomBytes(5).toString('hex');
    const databaseName = `syndesmos_test_${id}`;
    const base = baseTestConfig();
    const config = baseTestConfig({
      DATABASE_URL: databaseUrlFor(base.databaseUrl, databaseName),
      REDIS_PREFIX: `test:${id}:`,
      MEILI_INDEX_PREFIX: `test_${id}_`,
      ...overrides,
    });
    await ensureDatabaseExists(config.databaseUrl, TEMPLATE_DB);
    return new TestEnv(id, config, databaseName);
  }

  /** Environment variables that point a child process at this world. */
  get env(): NodeJS.ProcessEnv {
    return {
      DATABASE_URL: this.config.databaseUrl,
      REDIS_PREFIX: this.config.redisPrefix,
      MEILI_INDEX_PREFIX: this.config.meiliIndexPrefix,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      SEED_DEMO_DATA: 'false',
      REGISTER_RATE_LIMIT_IP: String(this.config.registerRateLimitIp),
      ACCOUNT_MAIL_RATE_LIMIT_ADDRESS: String(this.config.accountMailRateLimitAddress),
      ACCOUNT_MAIL_RATE_LIMIT_IP: String(this.config.accountMailRateLimitIp),
    };
  }

  /** Starts the real API application on a free port and returns a client for it. */
  async startApi(opts: ApiAppOptions & { config?: AppConfig } = {}): Promise<HttpClient> {
    const app = await createApiApp(opts.config ?? this.config, opts);
    await app.listen(0, '127.0.0.1');
    this.apps.push(app);
    const { port } = app.getHttpServer().address() as AddressInfo;
    const client = new HttpClient(`http://127.0.0.1:${port}`);
    client.verifyEmail = async (userId) => {
      await this.query(`UPDATE app_user SET email_verified_at = now() WHERE id = $1`, [userId]);
    };
    return client;
  }

  /** A direct connection to this file's database, for asserting what was stored. */
  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: this.config.databaseUrl });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  async close(): Promise<void> {
    for (const app of this.apps.splice(0)) await app.close();
    const admin = new Client({ connectionString: databaseUrlFor(this.config.databaseUrl, 'postgres') });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${this.databaseName}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
    await deleteKeysWithPrefix(this.config.redisUrl, this.config.redisPrefix);
    await deleteIndexesWithPrefix(
      createMeiliClient({ url: this.config.meiliUrl, masterKey: this.config.meiliMasterKey, indexPrefix: '' }),
      this.config.meiliIndexPrefix,
    ).catch(() => undefined);
  }
}

/** Registers hooks that give a describe block its own TestEnv with the API running. */
export function useApi(overrides: NodeJS.ProcessEnv = {}): { env: TestEnv; api: HttpClient } {
  const ctx = {} as { env: TestEnv; api: HttpClient };
  beforeAll(async () => {
    ctx.env = await TestEnv.create(overrides);
    ctx.api = await ctx.env.startApi();
  });
  afterAll(() => ctx.env?.close());
  return ctx;
}
