import { ApiError, type ErrorCode } from '../../api/client';
import { formatNumber } from '../../i18n/format';

/** Whether an error is the API's refusal with this code. */
export function isApiError(error: unknown, code: ErrorCode): error is ApiError {
  return error instanceof ApiError && error.code === code;
}

/** How long a 429 asks to wait, from its details (the same figure as its Retry-After header). */
export function retryAfterSeconds(error: unknown): number | undefined {
  if (!isApiError(error, 'TOO_MANY_REQUESTS')) return undefined;
  const details = error.details;
  if (typeof details !== 'object' || details === null || !('retryAfterSeconds' in details)) return undefined;
  const seconds = (details as { retryAfterSeconds: unknown }).retryAfterSeconds;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : undefined;
}

/** "45 seconds", "3 minutes", "2 hours": the wait in the largest unit that fits, rounded up. */
export function formatWait(seconds: number): string {
  const [value, unit] =
    seconds < 60
      ? [seconds, 'second']
      : seconds < 3600
        ? [Math.ceil(seconds / 60), 'minute']
        : [Math.ceil(seconds / 3600), 'hour'];
  return formatNumber(value, { style: 'unit', unit, unitDisplay: 'long' });
}

/** The text for a 429: how long to wait when the API says, a plain "later" otherwise. */
export function rateLimitMessage(
  error: unknown,
  t: (key: string, options?: Record<string, unknown>) => string,
): string {
  const seconds = retryAfterSeconds(error);
  return seconds === undefined ? t('errors.tooManyRequests') : t('errors.retryAfter', { wait: formatWait(seconds) });
}
