import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@syndesmos/config';
import { bullPrefix, createRedis } from '@syndesmos/redis';
import { QueueInspector } from './queue-inspector';

/** The queue inspector for processes that watch the queues (the API's admin view). */
@Module({
  providers: [
    {
      provide: QueueInspector,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new QueueInspector(
          createRedis({ url: config.redisUrl, prefix: config.redisPrefix }, 'bullmq'),
          bullPrefix(config.redisPrefix),
        ),
    },
  ],
  exports: [QueueInspector],
})
export class JobsModule implements OnApplicationShutdown {
  constructor(@Inject(QueueInspector) private readonly inspector: QueueInspector) {}

  async onApplicationShutdown(): Promise<void> {
    await this.inspector.close();
  }
}
