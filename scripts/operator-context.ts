import 'reflect-metadata';
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AUTH_ENTITIES, AuthModule, AuthService } from '@syndesmos/auth';
import type { AppConfig } from '@syndesmos/config';
import { createLogger } from '@syndesmos/logger';
import { connectInfrastructure, InfrastructureModule, type Infrastructure } from '@syndesmos/runtime';

@Module({})
class OperatorModule {
  static forRoot(infra: Infrastructure): DynamicModule {
    return { module: OperatorModule, imports: [InfrastructureModule.forRoot(infra), AuthModule] };
  }
}

export interface OperatorContext {
  auth: AuthService;
  close(): Promise<void>;
}

/** The domain services for command-line work (CLI, demo data), without any server. */
export async function createOperatorContext(config: AppConfig): Promise<OperatorContext> {
  const infra = await connectInfrastructure(config, createLogger('operator', 'warn'), [...AUTH_ENTITIES], 2);
  const ctx = await NestFactory.createApplicationContext(OperatorModule.forRoot(infra), {
    logger: false,
  });
  return { auth: ctx.get(AuthService), close: () => ctx.close() };
}
