import { startPlatform } from '../../support/platform';
import { BROWSER_PLATFORM } from './browser-env';

// Once per run: the real platform, started from dist/ as `npm start` starts it, on its own
// database, prefixes and ports (browser-env.ts). The function returned is the global teardown.
// BROWSER_KEEP_DATA=1 leaves the database, Redis keys and indexes behind for inspection.
export default async function globalSetup(): Promise<() => Promise<void>> {
  const started = Date.now();
  const platform = await startPlatform({ ...BROWSER_PLATFORM, log: (line) => console.log(`[platform] ${line}`) });
  console.log(`[platform] up at ${platform.url} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return async () => {
    const errors = platform.errorLogs();
    await platform.stop({ keepData: process.env.BROWSER_KEEP_DATA === '1' });
    // A server error during a journey is a bug even when the page looked right.
    if (errors.length) {
      throw new Error(`the platform logged ${errors.length} error(s) (${platform.logFile}):\n${errors.join('\n')}`);
    }
  };
}
