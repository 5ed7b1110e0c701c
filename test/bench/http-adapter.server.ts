import { loadConfig } from '@syndesmos/config';
import { createLogger } from '@syndesmos/logger';
import { createApiApp, type HttpAdapterName } from '../../apps/api/src/api.app';

// One API process for the adapter benchmark: the real application, only the adapter differs.
async function main(): Promise<void> {
  const [adapter, port] = [process.argv[2] as HttpAdapterName, Number(process.argv[3])];
  const config = loadConfig();
  const app = await createApiApp(config, { adapter, logger: createLogger('bench', 'silent') });
  await app.listen(port, '127.0.0.1');
  process.send?.('ready');
  process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
