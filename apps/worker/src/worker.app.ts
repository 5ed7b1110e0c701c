import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import { Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { AUTH_ENTITIES, AuthModule, AuthService } from '@syndesmos/auth';
import { CallIndexer, CallService, CONSORTIA_ENTITIES, ConsortiaModule } from '@syndesmos/consortia';
import { MatchingModule, MatchingService, RefreshPlanner, ReverseMatcher } from '@syndesmos/matching';
import { MailSender, NotificationsModule } from '@syndesmos/notifications';
import { ORGANISATION_ENTITIES, OrganisationIndexer, OrganisationsModule } from '@syndesmos/organisations';
import type { AppConfig } from '@syndesmos/config';
import { DatabaseHealth } from '@syndesmos/database';
import { checkDependencies } from '@syndesmos/health';
import {
  buildHandlerTable,
  cappedBackoff,
  JOB_DEFINITIONS,
  JOB_NAMES,
  JOB_SCHEDULES,
  JobProducer,
  queuesOf,
  type JobHandler,
  type JobName,
} from '@syndesmos/jobs';
import { createLogger, NestPinoLogger } from '@syndesmos/logger';
import { bullPrefix, createRedis, pingRedis } from '@syndesmos/redis';
import { listSetAsideOutbox, outboxBacklog } from '@syndesmos/outbox';
import { connectInfrastructure, InfrastructureModule, type Infrastructure } from '@syndesmos/runtime';
import { startOutboxRelay } from './outbox-relay';
import { startRedisRecovery } from './redis-recovery';
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
    ...matchingHandlers(ctx.get(MatchingService), ctx.get(ReverseMatcher), ctx.get(RefreshPlanner), producer),
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
  // Every schedule is in the catalogue's one list (JOB_SCHEDULES), so the recovery below keeps
  // each one registered, a newly added one included.
  const scheduled = Promise.all(JOB_SCHEDULES.map((s) => producer.schedule(s))).catch((err: Error) =>
    logger.warn({ err: err.message }, 'could not register schedules'),
  );
  const recovery = startRedisRecovery(producer, ctx.get(MailSender), logger, {
    intervalMs: config.recoveryCheckIntervalMs,
    mailResendAfterMs: config.mailResendAfterMs,
  });
  // Once at start too: Redis may have lost its data while no worker ran.
  void scheduled.then(() => recovery.check());

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

  // Set-aside rows wait for an operator (`npm run cli -- outbox-retry`): reported, but they do
  // not make the worker unready, since restarting it would not help them.
  const outboxHealth = async () => {
    try {
      const [backlog, setAside] = await Promise.all([
        outboxBacklog(dataSource),
        listSetAsideOutbox(dataSource, { limit: 20 }),
      ]);
      return {
        ...backlog,
        setAsideRows: setAside.map((r) => ({
          id: r.id,
          topic: r.topic,
          error: r.error,
          attempts: r.attempts,
          setAsideAt: r.setAsideAt,
        })),
      };
    } catch (err) {
      return { error: (err as Error).message };
    }
  };
  // Meilisearch may lose or miss documents (a new volume, an index deleted by hand): check each
  // index against PostgreSQL now and every interval, and repair it.
  const searchRepair = startSearchRepair(
    [(onStatus) => indexer.keeper(onStatus), (onStatus) => callIndexer.keeper(onStatus)],
    redis,
    config.searchCheckIntervalSeconds,
    logger,
  );

  const database = ctx.get(DatabaseHealth);
  const healthServer = createServer((req, res) => {
    if (req.url !== '/health') {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"statusCode":404,"code":"NOT_FOUND"}');
      return;
    }
    let missingSchedules: string[] | null = null;
    let search: SearchIndexesHealth | null = null;
    void Promise.all([
      checkDependencies({
        postgres: () => database.ping(),
        redis: () => pingRedis(redis),
        // A lost schedule is work that silently never runs again: not ready until it is back.
        schedules: async () => {
          missingSchedules = await recovery.missingSchedules();
          if (missingSchedules.length) throw new Error(`missing: ${missingSchedules.join(', ')}`);
        },
        // Each index's state and lag; not ready while one is being rebuilt.
        search: async () => {
          search = await searchRepair.health();
          if (!search.ready) throw new Error(`rebuilding: ${search.rebuilding.join(', ')}`);
        },
      }),
      outboxHealth(),
    ]).then(([report, outbox]) => {
      const body = {
        ...report,
        workers: workers.map((w) => ({ queue: w.name, running: w.isRunning() })),
        searchIndexReady: indexReady,
        schedules: { expected: JOB_SCHEDULES.length, missing: missingSchedules },
        outbox,
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
      await withTimeout(recovery.close(), 2_000).catch(() => undefined);
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
