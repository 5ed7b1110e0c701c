import { loadConfig, type AppConfig } from '@syndesmos/config';
import { TEST_RATE_LIMITS } from './service-defaults';

export { databaseUrlFor } from './service-defaults';

// Where the shared test services live. The same defaults as `npm start`, so a developer's
// running Meilisearch is reused; the test template database is separate from theirs.
// TEST_TEMPLATE_DB lets two checkouts run their suites side by side on one machine.
export const TEMPLATE_DB = process.env.TEST_TEMPLATE_DB ?? 'syndesmos_test_template';

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
