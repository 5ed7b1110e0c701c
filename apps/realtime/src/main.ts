import { bootProcess } from '@syndesmos/runtime';
import { createRealtimeApp } from './realtime.app';

void bootProcess('realtime', async (config, logger) => {
  const app = await createRealtimeApp(config, logger);
  await app.listen(config.realtimePort, config.host);
  logger.info({ url: `http://${config.host}:${config.realtimePort}` }, 'realtime listening');
  return app;
});
