import { bootProcess } from '@syndesmos/runtime';
import { createApiApp } from './api.app';

void bootProcess('api', async (config, logger) => {
  const app = await createApiApp(config, { logger });
  await app.listen(config.apiPort, config.host);
  logger.info({ url: `http://${config.host}:${config.apiPort}` }, 'api listening');
  return app;
});
