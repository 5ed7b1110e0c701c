import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { AUTH_ENTITIES } from '@syndesmos/auth';
import { CONSORTIA_ENTITIES } from '@syndesmos/consortia';
import { ORGANISATION_ENTITIES } from '@syndesmos/organisations';
import type { AppConfig } from '@syndesmos/config';
import { createLogger, NestPinoLogger, type AppLogger } from '@syndesmos/logger';
import { connectInfrastructure } from '@syndesmos/runtime';
import { ApiModule } from './api.module';
import { RequestContextMiddleware } from './common/request-context.middleware';
import { createValidationPipe } from './common/validation';

export type HttpAdapterName = 'express' | 'fastify';

export interface ApiAppOptions {
  logger?: AppLogger;
  /** Fastify serves production: chosen on the benchmark in test/bench (see README). */
  adapter?: HttpAdapterName;
}

export const ENTITIES = [...AUTH_ENTITIES, ...ORGANISATION_ENTITIES, ...CONSORTIA_ENTITIES];

/** Builds the API application, connected and configured, but not yet listening. */
export async function createApiApp(config: AppConfig, opts: ApiAppOptions = {}): Promise<INestApplication> {
  const logger = opts.logger ?? createLogger('api', config.logLevel);
  const infra = await connectInfrastructure(config, logger, ENTITIES);
  const module = ApiModule.forRoot(infra);
  const nestLogger = new NestPinoLogger(logger);
  const adapter = opts.adapter ?? 'fastify';
  const app = await createWithAdapter(module, config, adapter, nestLogger);

  // Request id, locale and access log, then the security headers, for every request
  // (unknown routes included). On Fastify as one onRequest hook: through Nest middleware they
  // went via @fastify/middie, whose per-request route matching cost more than they do.
  const context = new RequestContextMiddleware(logger);
  const security = helmet();
  if (adapter === 'fastify') {
    (app as NestFastifyApplication)
      .getHttpAdapter()
      .getInstance()
      .addHook('onRequest', (request, reply, done) =>
        context.use(request.raw, reply.raw, () => security(request.raw, reply.raw, (err) => done(err as Error))),
      );
  } else {
    app.use(context.use.bind(context));
    app.use(security);
  }
  app.enableCors({
    origin: config.corsOrigins,
    methods: ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Accept-Language', 'X-Request-Id'],
    exposedHeaders: ['X-Request-Id', 'Retry-After'],
    maxAge: 600,
  });
  app.setGlobalPrefix('v1', { exclude: ['health'] });
  app.useGlobalPipes(createValidationPipe());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Syndesmos API')
      .setDescription(
        'Partner matching for Erasmus+ KA2 VET partnerships. Errors always have the shape ' +
          '`{ statusCode, code, message, details? }`; messages follow Accept-Language (en, el).',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return app;
}

async function createWithAdapter(
  module: Awaited<ReturnType<typeof ApiModule.forRoot>>,
  config: AppConfig,
  adapter: HttpAdapterName,
  logger: NestPinoLogger,
): Promise<INestApplication> {
  if (adapter === 'fastify') {
    return NestFactory.create<NestFastifyApplication>(
      module,
      new FastifyAdapter({ bodyLimit: config.bodyLimitBytes, trustProxy: config.trustProxy }),
      { logger },
    );
  }
  // Express remains only as the benchmark's other contender.
  const app = await NestFactory.create<NestExpressApplication>(module, { logger, bodyParser: false });
  app.useBodyParser('json', { limit: config.bodyLimitBytes });
  // As on Fastify: the unsubscribe page's form and one-click POSTs send form bodies.
  app.useBodyParser('urlencoded', { limit: config.bodyLimitBytes, extended: false });
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  return app;
}
