import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule, type AppConfig } from '@syndesmos/config';
import { createDataSource, DatabaseModule, type EntityList } from '@syndesmos/database';
import { LoggerModule, type AppLogger } from '@syndesmos/logger';
import { createRedis, RedisModule, waitForRedis, type Redis } from '@syndesmos/redis';
import { SearchModule } from '@syndesmos/search';

export interface Infrastructure {
  config: AppConfig;
  logger: AppLogger;
  /** The PostgreSQL pool, for the composition roots (repositories receive it by injection). */
  dataSource: ReturnType<typeof createDataSource>;
  redis: Redis;
}

/** Opens the PostgreSQL pool and the Redis client every process needs. */
export async function connectInfrastructure(
  config: AppConfig,
  logger: AppLogger,
  entities: EntityList,
  poolSize = 10,
): Promise<Infrastructure> {
  const dataSource = createDataSource(config.databaseUrl, entities, poolSize);
  await dataSource.initialize();
  const redis = createRedis({ url: config.redisUrl, prefix: config.redisPrefix }, 'app', (err) =>
    logger.warn({ err: err.message }, 'redis unavailable; retrying'),
  );
  // Boot even when Redis is down: the features that need it degrade, health reports it.
  await waitForRedis(redis, 3000).catch((err: Error) => logger.warn({ err: err.message }, 'redis not ready at boot'));
  return { config, logger, dataSource, redis };
}

/** Config, logger, database, Redis and the search client as global providers; closed with the app. */
@Module({})
export class InfrastructureModule {
  static forRoot(infra: Infrastructure): DynamicModule {
    return {
      module: InfrastructureModule,
      imports: [
        ConfigModule.forRoot(infra.config),
        LoggerModule.forRoot(infra.logger),
        DatabaseModule.forRoot(infra.dataSource),
        RedisModule.forRoot(infra.redis),
        SearchModule.forRoot({
          url: infra.config.meiliUrl,
          masterKey: infra.config.meiliMasterKey,
          indexPrefix: infra.config.meiliIndexPrefix,
        }),
      ],
    };
  }
}
