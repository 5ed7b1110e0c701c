import 'reflect-metadata';
import { Module, type DynamicModule, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AUTH_ENTITIES, AuthModule } from '@syndesmos/auth';
import type { AppConfig } from '@syndesmos/config';
import { MessagingModule } from '@syndesmos/messaging';
import { createLogger, NestPinoLogger } from '@syndesmos/logger';
import { connectInfrastructure, InfrastructureModule, type Infrastructure } from '@syndesmos/runtime';
import { RealtimeGateway } from './gateway/realtime.gateway';
import { PresenceService } from './gateway/presence.service';
import { HealthController } from './health/health.controller';
import { RedisIoAdapter } from './redis-io.adapter';

@Module({})
class RealtimeModule {
  static forRoot(infra: Infrastructure): DynamicModule {
    return {
      module: RealtimeModule,
      imports: [InfrastructureModule.forRoot(infra), AuthModule, MessagingModule],
      controllers: [HealthController],
      providers: [RealtimeGateway, PresenceService],
    };
  }
}

export async function createRealtimeApp(
  config: AppConfig,
  logger = createLogger('realtime', config.logLevel),
): Promise<INestApplication> {
  const infra = await connectInfrastructure(config, logger, [...AUTH_ENTITIES], 5);
  const app = await NestFactory.create(RealtimeModule.forRoot(infra), {
    logger: new NestPinoLogger(logger),
  });
  app.useWebSocketAdapter(new RedisIoAdapter(app, config, logger));
  return app;
}
