import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { ApiError } from '../../api/client';
import { formatWait, rateLimitMessage, retryAfterSeconds } from './errors';

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
