import { bootProcess } from '@syndesmos/runtime';
import { createWorkerApp } from './worker.app';

void bootProcess('worker', async (config, logger) => {
  const app = await createWorkerApp(config, logger);
  logger.info({ health: `http://${config.host}:${config.workerHealthPort}/health` }, 'worker running');
  return app;
});
