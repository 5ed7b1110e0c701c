import createClient from 'openapi-fetch';
import type { components, paths } from './schema';
import { authorisedFetch } from './session';

export type Schemas = components['schemas'];
export type ErrorBody = Schemas['ErrorBodyDto'];
export type ErrorCode = Schemas['ErrorCode'];
export type FieldProblem = Schemas['FieldProblemDto'];

/** The one client of the API, typed from openapi.json; same origin, so no base URL. */
export const api = createClient<paths>({ baseUrl: location.origin, fetch: authorisedFetch });

/** An API refusal, carrying the stable code and the field problems of the error body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'NETWORK_ERROR',
    message: string,
    readonly fields: FieldProblem[] = [],
    readonly details: unknown = undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function isErrorBody(value: unknown): value is ErrorBody {
  return typeof value === 'object' && value !== null && 'code' in value && 'statusCode' in value;
}

/** Turns an openapi-fetch answer into its data, or throws the ApiError its body describes. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    const body = result.error;
    if (isErrorBody(body)) {
      const fields = Array.isArray(body.details) ? (body.details as FieldProblem[]) : [];
      throw new ApiError(body.statusCode, body.code, body.message, fields, body.details);
    }
    throw new ApiError(result.response.status, 'INTERNAL_ERROR', result.response.statusText);
  }
  return result.data as T;
}

/** For answers without a body (204). */
export function unwrapEmpty(result: { error?: unknown; response: Response }): void {
  unwrap({ ...result, data: undefined });
}
