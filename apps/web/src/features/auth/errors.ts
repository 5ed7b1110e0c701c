import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError, type ErrorCode } from '../../api/client';
import { applyApiError } from '../../components/form';
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

// The API's password refusal names the field in its text ("password is too common…"); the
// form says it in its own words. The client already checks the length, so a refusal of a
// password of acceptable length means it is too common.
const PASSWORD_PROBLEMS = new Set(['acceptablePassword', 'too_common']);

/** applyApiError for the account forms: the API's field problems on their fields, with the
 *  password refusal in the catalogue's words. Returns the form-level message, if any. */
export function applyAccountApiError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  t: (key: string) => string,
): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const problems = error.fields.map((p) =>
    PASSWORD_PROBLEMS.has(p.problem) ? { ...p, message: t('validation.passwordTooCommon') } : p,
  );
  return applyApiError(
    new ApiError(error.status, error.code, error.message, problems, error.details),
    setError,
    fields,
  );
}
