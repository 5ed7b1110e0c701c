import { loadConfig, type AppConfig } from '@syndesmos/config';

// Where the shared test services live. The same defaults as `npm start`, so a developer's
// running Meilisearch is reused; the test template database is separate from theirs.
// TEST_TEMPLATE_DB lets two checkouts run their suites side by side on one machine.
export const TEMPLATE_DB = process.env.TEST_TEMPLATE_DB ?? 'syndesmos_test_template';

// Test files register many users and ask for account mail from 127.0.0.1: the limits that
// stop abuse would stop the suite. Tests of those limits set low ones themselves.
const TEST_RATE_LIMITS: NodeJS.ProcessEnv = {
  REGISTER_RATE_LIMIT_IP: '100000',
  ACCOUNT_MAIL_RATE_LIMIT_ADDRESS: '100000',
  ACCOUNT_MAIL_RATE_LIMIT_IP: '100000',
};

export function baseTestConfig(overrides: NodeJS.ProcessEnv = {}): AppConfig {
  return loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    SEED_DEMO_DATA: 'false',
    ...TEST_RATE_LIMITS,
    ...overrides,
  });
}

export function databaseUrlFor(baseUrl: string, name: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
