import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AUTH_ENTITIES } from '@syndesmos/auth';
import { CONSORTIA_ENTITIES } from '@syndesmos/consortia';
import { ORGANISATION_ENTITIES } from '@syndesmos/organisations';
import type { AppConfig } from '@syndesmos/config';
import { createLogger, NestPinoLogger, type AppLogger } from '@syndesmos/logger';
import { connectInfrastructure } from '@syndesmos/runtime';
import { ApiModule } from './api.module';
import { answerClientError } from './common/client-error';
import { errorBody, toDomain } from './common/http-exception.filter';
import type { AppRequest } from './common/http-request';
import { buildOpenApiDocument } from './common/openapi';
import { RequestContextMiddleware } from './common/request-context.middleware';
import { securityHeaders } from './common/security-headers';
import { createValidationPipe } from './common/validation';
import { registerWebApp } from './web-app/web-app.routes';

export type HttpAdapterName = 'express' | 'fastify';

/** Gives a request its id, locale, access log line and security headers. */
type Prepare = (req: IncomingMessage, res: ServerResponse, done: (err?: Error) => void) => void;

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

  // Request id, locale and access log, then the security headers, for every request
  // (unknown routes and router refusals included). On Fastify as one onRequest hook: through
  // Nest middleware they went via @fastify/middie, whose per-request route matching cost more.
  const context = new RequestContextMiddleware(logger);
  const security = securityHeaders(config);
  const prepare = (req: IncomingMessage, res: ServerResponse, done: (err?: Error) => void) =>
    context.use(req, res, () => security(req, res, (err) => done(err as Error | undefined)));
  const app = await createWithAdapter(module, config, adapter, nestLogger, prepare);
  if (adapter === 'fastify') {
    const fastify = (app as NestFastifyApplication).getHttpAdapter().getInstance();
    fastify.addHook('onRequest', (request, reply, done) => prepare(request.raw, reply.raw, done));
    // Bodies are JSON: Fastify's own text/plain parser would hand a string to the validation
    // pipe; without it a text body is refused with 415 UNSUPPORTED_MEDIA_TYPE.
    fastify.removeContentTypeParser('text/plain');
    await registerWebApp(fastify, config.webDistDir, logger);
  } else {
    // Express runs only the HTTP benchmark: it serves the API, not the web app.
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

  // Built at the first request for /docs or /docs-json, then kept: at every start it was most
  // of the start's CPU (0.9 of 1.1 s), for a page few ever open.
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app, config), { jsonDocumentUrl: 'docs-json' });
  return app;
}

async function createWithAdapter(
  module: Awaited<ReturnType<typeof ApiModule.forRoot>>,
  config: AppConfig,
  adapter: HttpAdapterName,
  logger: NestPinoLogger,
  prepare: Prepare,
): Promise<INestApplication> {
  if (adapter === 'fastify') {
    return NestFactory.create<NestFastifyApplication>(
      module,
      new FastifyAdapter({
        bodyLimit: config.bodyLimitBytes,
        trustProxy: config.trustProxy,
        // The router refuses a malformed address (400) or an over-long parameter (414) before
        // any hook runs; those answers get the request id, headers and the one error body too.
        frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) =>
          prepare(request.raw, reply.raw, () => {
            const { domain } = toDomain(error);
            const state = (request.raw as AppRequest).syndesmos;
            const body = errorBody(domain, state?.locale ?? 'en', state?.requestId ?? randomUUID());
            void reply.code(body.statusCode).send(body);
          }),
        // Node's HTTP parser refuses a request it cannot read (a raw space in the query…)
        // before Fastify sees it: answer with the one error body rather than Fastify's own.
        clientErrorHandler: answerClientError,
      }),
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
