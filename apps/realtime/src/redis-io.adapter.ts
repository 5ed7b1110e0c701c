import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { createAdapter as createStreamsAdapter } from '@socket.io/redis-streams-adapter';
import type { Server, ServerOptions } from 'socket.io';
import type { AppConfig } from '@syndesmos/config';
import type { AppLogger } from '@syndesmos/logger';
import { createRedis, type Redis } from '@syndesmos/redis';

/** socket.io fanned out through Redis, so any number of realtime nodes act as one. */
export class RedisIoAdapter extends IoAdapter {
  private readonly pub: Redis;
  private readonly sub: Redis;

  private failed = 0;

  constructor(
    app: INestApplicationContext,
    private readonly config: AppConfig,
    private readonly log: AppLogger,
  ) {
    super(app);
    this.pub = this.watched(createRedis({ url: config.redisUrl, prefix: config.redisPrefix }, 'pubsub'));
    this.sub = this.watched(this.pub.duplicate());
  }

  /**
   * The adapters do not wait for their publishes: one that fails (Redis down, or the node
   * stopping with presence still to announce) would be an unhandled rejection. Each command's
   * failure is counted instead, and the first of a run of them logged; a broadcast then reaches
   * this node's sockets only, which is what an outage can offer.
   */
  private watched(client: Redis): Redis {
    const send = client.sendCommand.bind(client);
    client.sendCommand = ((command, stream) => {
      // ioredis names itself with CLIENT SETINFO on connecting and lets a Redis older than 7.2
      // refuse it: that is no outage (it was logged as one at every start on Redis 7.0).
      if (command.name === 'client' && String(command.args[0]).toUpperCase() === 'SETINFO') {
        return send(command, stream);
      }
      command.promise.then(
        () => (this.failed = 0),
        (err: Error) => {
          if (this.failed++ === 0) this.log.warn({ err: err.message }, 'socket.io adapter could not reach Redis');
        },
      );
      return send(command, stream);
    }) as Redis['sendCommand'];
    return client;
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
