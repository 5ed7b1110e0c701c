import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';

export const APP_REDIS = Symbol('APP_REDIS');

@Global()
@Module({})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(APP_REDIS) private readonly redis: Redis) {}

  static forRoot(redis: Redis): DynamicModule {
    return { module: RedisModule, providers: [{ provide: APP_REDIS, useValue: redis }], exports: [APP_REDIS] };
  }

  async onApplicationShutdown(): Promise<void> {
    // QUIT flushes politely; a client that is not connected is just dropped (a command sent
    // to it would only leave a command timer behind).
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => this.redis.disconnect());
    else this.redis.disconnect();
  }
}
