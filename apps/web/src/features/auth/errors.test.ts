import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import type { ErrorOption, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../api/client';
import { applyAccountApiError, formatWait, rateLimitMessage, retryAfterSeconds } from './errors';

const tooMany = (details: unknown) => new ApiError(429, 'TOO_MANY_REQUESTS', 'Too many requests', [], details);

describe('rate limit answers', () => {
  beforeAll(async () => {
    await i18next.init({ lng: 'en', resources: {} });
  });

  it('read the wait from the details of a 429 only', () => {
    expect(retryAfterSeconds(tooMany({ retryAfterSeconds: 42.2 }))).toBe(43);
    expect(retryAfterSeconds(tooMany(undefined))).toBeUndefined();
    expect(retryAfterSeconds(tooMany({ retryAfterSeconds: 'soon' }))).toBeUndefined();
    expect(retryAfterSeconds(new ApiError(409, 'EMAIL_TAKEN', 'taken', [], { retryAfterSeconds: 5 }))).toBeUndefined();
  });

  it('say the wait in the largest unit that fits, rounded up', () => {
    expect(formatWait(45)).toBe('45 seconds');
    expect(formatWait(61)).toBe('2 minutes');
    expect(formatWait(3600)).toBe('1 hour');
  });

  it('put the wait into the message when there is one', () => {
    const t = (key: string, options?: Record<string, unknown>) =>
      `${key}${options ? ` ${JSON.stringify(options)}` : ''}`;
    expect(rateLimitMessage(tooMany({ retryAfterSeconds: 120 }), t)).toBe('errors.retryAfter {"wait":"2 minutes"}');
    expect(rateLimitMessage(tooMany(undefined), t)).toBe('errors.tooManyRequests');
  });
});

describe('API refusals on the account forms', () => {
  const refusal = (problems: { field: string; problem: string; message: string }[]) =>
    new ApiError(400, 'VALIDATION_FAILED', 'Some fields are missing or invalid.', problems);

  it("say a refused password in the catalogue's words, and other problems in the API's", () => {
    const placed: [string, ErrorOption][] = [];
    const setError: UseFormSetError<{ password: string; displayName: string }> = (field, error) =>
      void placed.push([field, error]);
    const t = (key: string) => `<${key}>`;
    const formLevel = applyAccountApiError(
      refusal([
        { field: 'password', problem: 'acceptablePassword', message: 'password is too common; choose one…' },
        { field: 'displayName', problem: 'maxLength', message: 'displayName is too long' },
      ]),
      setError,
      ['password', 'displayName'],
      t,
    );
    expect(formLevel).toBeUndefined();
    expect(placed).toEqual([
      ['password', { type: 'server', message: '<validation.passwordTooCommon>' }],
      ['displayName', { type: 'server', message: 'displayName is too long' }],
    ]);
  });

  it('leave a problem about a field the form does not have to the form itself', () => {
    const formLevel = applyAccountApiError(
      refusal([{ field: 'refreshTokenIn', problem: 'isIn', message: 'refreshTokenIn must be one of…' }]),
      () => undefined,
      ['password'],
      (k) => k,
    );
    expect(formLevel).toBe('Some fields are missing or invalid.');
  });
});
