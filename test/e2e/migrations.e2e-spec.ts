import { Client } from 'pg';
import { createDataSource, MIGRATIONS } from '@syndesmos/database';
import { baseTestConfig, databaseUrlFor } from '../support/test-services';

describe('migrations', () => {
  const config = baseTestConfig();
  const name = `syndesmos_migrations_${process.pid}`;
  const url = databaseUrlFor(config.databaseUrl, name);
  const admin = () => new Client({ connectionString: databaseUrlFor(config.databaseUrl, 'postgres') });

  beforeAll(async () => {
    const c = admin();
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name}`);
    await c.end();
  });
  afterAll(async () => {
    const c = admin();
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  });

  it('apply on an empty database, revert one by one, and apply again from the previous state', async () => {
    const ds = createDataSource(url, [], 1);
    await ds.initialize();
    try {
      expect((await ds.runMigrations()).length).toBe(MIGRATIONS.length);
      expect(await ds.showMigrations()).toBe(false);
      for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration();
      const tables = await ds.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'typeorm_migrations'`,
      );
      expect(tables).toEqual([]);
      expect((await ds.runMigrations()).length).toBe(MIGRATIONS.length);
    } finally {
      await ds.destroy();
    }
  });

  it('keep email unique regardless of case in the database itself', async () => {
    const c = new Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(`INSERT INTO app_user (email, password_hash, display_name) VALUES ('A@x.example', 'h', 'A')`);
      await expect(
        c.query(`INSERT INTO app_user (email, password_hash, display_name) VALUES ('a@X.example', 'h', 'B')`),
      ).rejects.toThrow(/app_user_email_lower_key/);
      await expect(
        c.query(
          `INSERT INTO app_user (email, password_hash, display_name, na_countries) VALUES ('c@x.example', 'h', 'C', '{GR}')`,
        ),
      ).rejects.toThrow(/app_user_na_countries_only_for_staff/);
    } finally {
      await c.end();
    }
  });
});
