import 'reflect-metadata';
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AUTH_ENTITIES, AuthModule, AuthService } from '@syndesmos/auth';
import { CallIndexer, CallService, CONSORTIA_ENTITIES, ConsortiaModule, ConsortiumService } from '@syndesmos/consortia';
import {
  ModerationService,
  ORGANISATION_ENTITIES,
  OrganisationIndexer,
  OrganisationService,
  OrganisationsModule,
} from '@syndesmos/organisations';
import type { AppConfig } from '@syndesmos/config';
import { MatchingModule, MatchingRepository, MatchingService, RefreshPlanner } from '@syndesmos/matching';
import { WorkplanService, WorkplansModule } from '@syndesmos/workplans';

import { createLogger } from '@syndesmos/logger';
import { connectInfrastructure, InfrastructureModule, type Infrastructure } from '@syndesmos/runtime';

@Module({})
class OperatorModule {
  static forRoot(infra: Infrastructure): DynamicModule {
    return {
      module: OperatorModule,
      imports: [
        InfrastructureModule.forRoot(infra),
        AuthModule,
        OrganisationsModule,
        ConsortiaModule,
        WorkplansModule,
        MatchingModule,
      ],
    };
  }
}

export interface OperatorContext {
  auth: AuthService;
  organisations: OrganisationService;
  moderation: ModerationService;
  indexer: OrganisationIndexer;
  calls: CallService;
  consortia: ConsortiumService;
  workplans: WorkplanService;
  callIndexer: CallIndexer;
  matching: MatchingService;
  matchingRepository: MatchingRepository;
  refreshPlanner: RefreshPlanner;
  /** For infrastructure commands (the outbox); domain work goes through the services above. */
  dataSource: Infrastructure['dataSource'];
  close(): Promise<void>;
}

/** The domain services for command-line work (CLI, demo data), without any server. */
export async function createOperatorContext(config: AppConfig): Promise<OperatorContext> {
  const infra = await connectInfrastructure(
    config,
    createLogger('operator', 'warn'),
    [...AUTH_ENTITIES, ...ORGANISATION_ENTITIES, ...CONSORTIA_ENTITIES],
    2,
  );
  const ctx = await NestFactory.createApplicationContext(OperatorModule.forRoot(infra), {
    logger: false,
  });
  return {
    auth: ctx.get(AuthService),
    organisations: ctx.get(OrganisationService),
    moderation: ctx.get(ModerationService),
    indexer: ctx.get(OrganisationIndexer),
    calls: ctx.get(CallService),
    consortia: ctx.get(ConsortiumService),
    workplans: ctx.get(WorkplanService),
    callIndexer: ctx.get(CallIndexer),
    matching: ctx.get(MatchingService),
    matchingRepository: ctx.get(MatchingRepository),
    refreshPlanner: ctx.get(RefreshPlanner),
    dataSource: infra.dataSource,
    close: () => ctx.close(),
  };
}
