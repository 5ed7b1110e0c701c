// Dependency-free pieces of the test set-up, shared by Jest (test-services.ts) and by code that
// cannot load the NestJS libraries' TypeScript: Playwright's own transpiler compiles standard
// decorators, not the legacy ones with metadata that NestJS needs (test/support/platform.ts).

// Test files register many users and ask for account mail from 127.0.0.1: the limits that
// stop abuse would stop the suite. Tests of those limits set low ones themselves.
export const TEST_RATE_LIMITS: NodeJS.ProcessEnv = {
  REGISTER_RATE_LIMIT_IP: '100000',
  ACCOUNT_MAIL_RATE_LIMIT_ADDRESS: '100000',
  ACCOUNT_MAIL_RATE_LIMIT_IP: '100000',
};

export function databaseUrlFor(baseUrl: string, name: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
