import type { IncomingMessage } from 'node:http';
import type { Principal } from '@syndesmos/auth';
import type { Locale } from '@syndesmos/common';

// What our middleware and guards attach to a request, whichever HTTP adapter carries it.
export interface RequestState {
  requestId: string;
  /** What Accept-Language asks for, if it names a supported language. */
  requestedLocale: Locale | null;
  /** The language of the answer: `requestedLocale`, else the signed-in user's, else English. */
  locale: Locale;
  principal?: Principal;
}

export type AppRequest = IncomingMessage & {
  raw?: IncomingMessage;
  ip?: string;
  headers: IncomingMessage['headers'];
  syndesmos?: RequestState;
};

/** Fastify wraps the Node request; Express extends it. Our state lives on the Node one. */
export function nodeRequest(req: AppRequest): AppRequest {
  return (req.raw as AppRequest | undefined) ?? req;
}

export function requestState(req: AppRequest): RequestState {
  const state = nodeRequest(req).syndesmos;
  if (!state) throw new Error('request state missing: RequestContextMiddleware did not run');
  return state;
}

export function clientIp(req: AppRequest): string {
  return req.ip ?? nodeRequest(req).socket?.remoteAddress ?? 'unknown';
}
