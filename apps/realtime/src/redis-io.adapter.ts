import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { createAdapter as createStreamsAdapter } from '@socket.io/redis-streams-adapter';
import type { Server, ServerOptions } from 'socket.io';
import type { AppConfig } from '@syndesmos/config';
import { createRedis, type Redis } from '@syndesmos/redis';

/** socket.io fanned out through Redis, so any number of realtime nodes act as one. */
export class RedisIoAdapter extends IoAdapter {
  private readonly pub: Redis;
  private readonly sub: Redis;

  constructor(
    app: INestApplicationContext,
    private readonly config: AppConfig,
  ) {
    super(app);
    this.pub = createRedis({ url: config.redisUrl, prefix: config.redisPrefix }, 'pubsub');
    this.sub = this.pub.duplicate();
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, {
      ...options,
      // The web app the API serves is a browser origin of its own (another port than the gateway's).
      cors: { origin: [...new Set([...this.config.corsOrigins, new URL(this.config.publicWebUrl).origin])] },
      maxHttpBufferSize: this.config.bodyLimitBytes,
    } as ServerOptions) as Server;
    server.adapter(
      this.config.realtimeAdapter === 'redis-streams'
        ? createStreamsAdapter(this.pub, { streamName: `${this.config.redisPrefix}socket.io-stream` })
        : createAdapter(this.pub, this.sub, { key: `${this.config.redisPrefix}socket.io` }),
    );
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    this.pub.disconnect();
    this.sub.disconnect();
  }
}
