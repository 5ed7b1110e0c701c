import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainException, ErrorCode } from '@syndesmos/common';
import type { AppLogger } from '@syndesmos/logger';
import { errorBody, toDomain } from '../common/http-exception.filter';
import type { AppRequest } from '../common/http-request';

// The web app is static files (Vite's build): the API serves them at / so the app and the API
// share one origin (no CORS, and the refresh cookie just works).

/** The first path segments that stay the API's: never answered with the web app. */
const API_ROOTS = new Set(['v1', 'docs', 'docs-json', 'health']);

/** Vite names every file under assets/ by its content hash: it never changes under that name. */
const ASSET_PREFIX = 'assets/';
const YEAR_MS = 365 * 24 * 3600 * 1000;

/**
 * Serves the built web app from `distDir` at / on Fastify: files as they are (hashed assets
 * cached for a year, immutable), `index.html` never cached, and any other page address a
 * browser asks for (Accept: text/html) answered with `index.html`, so client routes such as
 * `/verify-email?token=…` open the app. `/v1`, `/docs`, `/docs-json` and `/health` stay the
 * API's: an unknown address under them is its JSON 404. Without a build, pages answer 503
 * WEB_APP_NOT_BUILT rather than failing the process.
 */
export async function registerWebApp(fastify: FastifyInstance, distDir: string, logger: AppLogger): Promise<void> {
  const root = resolve(distDir);
  await fastify.register(async (scope) => {
    // Only `reply.sendFile` (send's ranges, ETags, content types and path checks): the
    // routing below decides what is a file, a page or the API's.
    await scope.register(fastifyStatic, { root, serve: false, suppressWarning: true });
    const maxParamLength = fastify.initialConfig.maxParamLength ?? 100;
    scope.get('/*', (request, reply) => answer(root, request, reply, maxParamLength));
    // send's refusals (a path that climbs out of the build: 403) and read errors get the one
    // error body, as everything else the API answers.
    scope.setErrorHandler((error, request, reply) => sendError(reply, request, toDomain(error).domain, logger, error));
  });
}

async function answer(
  root: string,
  request: FastifyRequest,
  reply: FastifyReply,
  maxParamLength: number,
): Promise<FastifyReply> {
  const path = (request.params as { '*'?: string })['*'] ?? '';
  const segments = path.split('/');
  if (API_ROOTS.has(segments[0] ?? '')) {
    // The router passes an API address with an over-long parameter on to this catch-all
    // instead of refusing it: refuse it here as the router would have (414 URI_TOO_LONG).
    if (segments.some((s) => s.length > maxParamLength)) {
      return sendError(reply, request, new DomainException(ErrorCode.UriTooLong));
    }
    return notFound(reply);
  }
  if (path === '' || path === 'index.html') return sendIndex(root, request, reply);
  if (path.startsWith(ASSET_PREFIX)) {
    // A missing asset is a 404 (send calls the not-found handler), never the index page.
    return reply.sendFile(path, { maxAge: YEAR_MS, immutable: true });
  }
  // Other files of the build (favicon, robots.txt…): revalidated on each use (ETag).
  if (await isFile(root, path)) return reply.sendFile(path, { maxAge: 0 });
  if (acceptsHtml(request)) return sendIndex(root, request, reply);
  return notFound(reply);
}

/** The API's own 404 (the one JSON error body); returning the reply tells Fastify it is handled. */
function notFound(reply: FastifyReply): FastifyReply {
  reply.callNotFound();
  return reply;
}

async function sendIndex(root: string, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  if (!(await isFile(root, 'index.html'))) {
    return sendError(reply, request, new DomainException(ErrorCode.WebAppNotBuilt));
  }
  // A new build changes the asset names index.html points at: it must never be cached.
  return reply.header('cache-control', 'no-store').sendFile('index.html', { cacheControl: false });
}

function sendError(
  reply: FastifyReply,
  request: FastifyRequest,
  domain: DomainException,
  logger?: AppLogger,
  cause?: unknown,
): FastifyReply {
  const state = (request.raw as AppRequest).syndesmos;
  const body = errorBody(domain, state?.locale ?? 'en', state?.requestId ?? randomUUID());
  if (body.errorId) {
    logger?.error({ errorId: body.errorId, requestId: body.requestId, err: String(cause) }, 'web app file failed');
  }
  return reply.code(body.statusCode).header('cache-control', 'no-store').send(body);
}

/** Whether `path` names a regular file inside `root` (never outside it). */
async function isFile(root: string, path: string): Promise<boolean> {
  const file = resolve(root, path);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return false;
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** A browser's page request names text/html; fetch, curl and API clients do not. */
function acceptsHtml(request: FastifyRequest): boolean {
  const accept = request.headers.accept;
  return typeof accept === 'string' && /(^|,)\s*text\/html\s*(;|,|$)/i.test(accept);
}
