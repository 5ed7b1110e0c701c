import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import { Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { AUTH_ENTITIES, AuthModule, AuthService } from '@syndesmos/auth';
import { CallIndexer, CallService, CONSORTIA_ENTITIES, ConsortiaModule } from '@syndesmos/consortia';
import { MatchingModule, MatchingRepository, MatchingService } from '@syndesmos/matching';
import { MailSender, NotificationsModule } from '@syndesmos/notifications';
import { ORGANISATION_ENTITIES, OrganisationIndexer, OrganisationsModule } from '@syndesmos/organisations';
import type { AppConfig } from '@syndesmos/config';
import { checkDependencies } from '@syndesmos/health';
import {
  buildHandlerTable,
  cappedBackoff,
  JOB_DEFINITIONS,
  JOB_NAMES,
  JobProducer,
  queuesOf,
  type JobHandler,
  type JobName,
} from '@syndesmos/jobs';
import { createLogger, NestPinoLogger } from '@syndesmos/logger';
import { bullPrefix, createRedis, pingRedis } from '@syndesmos/redis';
import { connectInfrastructure, InfrastructureModule, type Infrastructure } from '@syndesmos/runtime';
import { startOutboxRelay } from './outbox-relay';
import { startSearchRepair, type SearchIndexesHealth } from './search-repair';
import { maintenanceHandlers } from './processors/maintenance.handlers';
import { matchingHandlers } from './processors/matching.handlers';
import { notificationHandlers } from './processors/notifications.handlers';
import { searchHandlers } from './processors/search.handlers';

@Module({})
class WorkerModule {
  static forRoot(infra: Infrastructure): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        InfrastructureModule.forRoot(infra),
        AuthModule,
        OrganisationsModule,
        ConsortiaModule,
        NotificationsModule,
        MatchingModule,
      ],
    };
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** When the weekly matching refresh runs: Sunday 03:00 UTC. */
export const MATCHING_REFRESH_CRON = '0 3 * * 0';

export interface WorkerApp {
  producer: JobProducer;
  relay: { kick(): void };
  healthServer: Server;
  close(): Promise<void>;
}

export async function createWorkerApp(
  config: AppConfig,
  logger = createLogger('worker', config.logLevel),
): Promise<WorkerApp> {
  const infra = await connectInfrastructure(
    config,
    logger,
    [...AUTH_ENTITIES, ...ORGANISATION_ENTITIES, ...CONSORTIA_ENTITIES],
    5,
  );
  const { dataSource, redis } = infra;
  const ctx: INestApplicationContext = await NestFactory.createApplicationContext(WorkerModule.forRoot(infra), {
    logger: new NestPinoLogger(logger),
  });

  let closing = false;
  const bullConnection = createRedis(
    { url: config.redisUrl, prefix: config.redisPrefix, stopRetrying: () => closing },
    'bullmq',
  );
  const prefix = bullPrefix(config.redisPrefix);
  const producer = new JobProducer(bullConnection, prefix, (err) => logger.warn({ err: err.message }, 'queue error'));

  // Refuses to start when a job has no handler or two.
  const indexer = ctx.get(OrganisationIndexer);
  const callIndexer = ctx.get(CallIndexer);
  const table = buildHandlerTable([
    ...maintenanceHandlers(ctx.get(AuthService), ctx.get(CallService)),
    ...searchHandlers(indexer, callIndexer, producer),
    ...notificationHandlers(ctx.get(MailSender)),
    ...matchingHandlers(ctx.get(MatchingService), ctx.get(MatchingRepository)),
  ]);

  const process = async (job: Job): Promise<unknown> => {
    const registration = table.get(job.name as JobName);
    if (!registration) throw new Error(`no handler for job ${job.name}`);
    const problems = JOB_DEFINITIONS[job.name as JobName].validate(job.data);
    if (problems.length) {
      // A malformed payload will not get better by retrying.
      throw new UnrecoverableError(`invalid payload for ${job.name}: ${problems.join('; ')}`);
    }
    type Handle = (d: unknown, c: Parameters<JobHandler<JobName>>[1]) => Promise<unknown>;
    return (registration.handle as Handle)(job.data, {
      jobId: job.id ?? '',
      attempt: job.attemptsMade + 1,
      progress: (value) => void job.updateProgress(value).catch(() => undefined),
    });
  };

  const workers = queuesOf(JOB_NAMES).map((queue) => {
    const worker = new Worker(queue, process, {
      connection: bullConnection,
      prefix,
      concurrency: 4,
      autorun: true,
      settings: { backoffStrategy: (attemptsMade: number) => cappedBackoff(attemptsMade) },
    });
    worker.on('failed', (job, err) =>
      logger.warn(
        { queue, job: job?.name, jobId: job?.id, attempt: job?.attemptsMade, err: err.message },
        'job failed',
      ),
    );
    worker.on('error', (err) => logger.warn({ queue, err: err.message }, 'worker error'));
    return worker;
  });

  // Not awaited: with Redis down this would wait for it; the schedule lands when Redis returns.
  const scheduled = Promise.all([
    producer.schedule(
      { name: 'auth.purge-ended-sessions', data: { olderThanDays: 30 } },
      { everyMs: 24 * 3600 * 1000 },
    ),
    // Answer-by dates are days: checking every quarter hour expires a call soon after its day ends.
    producer.schedule({ name: 'calls.expire-due', data: {} }, { everyMs: 15 * 60 * 1000 }),
    // Digests go to each user once per period; checking hourly spreads them over the day.
    producer.schedule(
      { name: 'notifications.digest', data: { frequency: 'daily' } },
      { everyMs: 3600 * 1000 },
      'daily',
    ),
    // Weekly at a quiet hour for Europe (Sunday 03:00 UTC), not at every start: a full refresh
    // keeps Meilisearch busy for minutes and would slow search after each deployment.
    producer.schedule({ name: 'matching.refresh-all', data: {} }, { cron: MATCHING_REFRESH_CRON }),
    producer.schedule(
      { name: 'notifications.digest', data: { frequency: 'weekly' } },
      { everyMs: 3600 * 1000 },
      'weekly',
    ),
  ]).catch((err: Error) => logger.warn({ err: err.message }, 'could not register schedules'));

  // Settings are code: apply them at start, and keep trying while Meilisearch is away.
  let indexReady = false;
  const prepareIndex = async (): Promise<void> => {
    try {
      await indexer.ensureIndex();
      await callIndexer.ensureIndex();
      indexReady = true;
    } catch (err) {
      logger.warn({ err: (err as Error).message }, 'search index not ready; retrying in 5 s');
      indexTimer = setTimeout(() => void prepareIndex(), 5000);
    }
  };
  let indexTimer: NodeJS.Timeout | undefined;
  await prepareIndex();

  const relay = await startOutboxRelay(dataSource, config.databaseUrl, producer, logger);

  // Meilisearch may lose or miss documents (a new volume, an index deleted by hand): check each
  // index against PostgreSQL now and every interval, and repair it.
  const searchRepair = startSearchRepair(
    [(onStatus) => indexer.keeper(onStatus), (onStatus) => callIndexer.keeper(onStatus)],
    redis,
    config.searchCheckIntervalSeconds,
    logger,
  );

  const healthServer = createServer((req, res) => {
    if (req.url !== '/health') {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"statusCode":404,"code":"NOT_FOUND"}');
      return;
    }
    let search: SearchIndexesHealth | null = null;
    void checkDependencies({
      postgres: () => dataSource.query('SELECT 1'),
      redis: () => pingRedis(redis),
      // Each index's state and lag; not ready while one is being rebuilt.
      search: async () => {
        search = await searchRepair.health();
        if (!search.ready) throw new Error(`rebuilding: ${search.rebuilding.join(', ')}`);
      },
    }).then((report) => {
      const body = {
        ...report,
        workers: workers.map((w) => ({ queue: w.name, running: w.isRunning() })),
        searchIndexReady: indexReady,
        search,
      };
      res
        .writeHead(report.status === 'ok' ? 200 : 503, { 'content-type': 'application/json' })
        .end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => healthServer.listen(config.workerHealthPort, config.host, resolve));

  return {
    producer,
    relay,
    healthServer,
    async close() {
      // Stop relaying and taking jobs, let the ones in flight finish, then close connections.
      closing = true;
      clearTimeout(indexTimer);
      await searchRepair.close();
      await relay.close();
      // In-flight jobs get a grace period; with Redis gone nothing can complete, so do not wait.
      const grace = bullConnection.status === 'ready' ? 10_000 : 0;
      await Promise.all(
        workers.map((w) =>
          withTimeout(w.close(), grace).catch(() => {
            void w.close(true).catch(() => undefined);
            void w.disconnect().catch(() => undefined);
          }),
        ),
      );
      await withTimeout(Promise.all([scheduled, producer.close()]), 2_000).catch(() => undefined);
      await new Promise((resolve) => healthServer.close(resolve));
      bullConnection.disconnect();
      await ctx.close();
    },
  };
}
