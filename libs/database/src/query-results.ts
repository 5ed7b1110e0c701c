import { QueryFailedError } from 'typeorm';

/** TypeORM answers UPDATE/DELETE … RETURNING as [rows, affected] and SELECT/INSERT as rows. */
export function returnedRows<T>(result: unknown): T[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}

const UNIQUE_VIOLATION = '23505';

/** A unique constraint refused the write (optionally: this constraint). */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  if (!(err instanceof QueryFailedError)) return false;
  const driver = err.driverError as { code?: string; constraint?: string };
  return driver.code === UNIQUE_VIOLATION && (constraint === undefined || driver.constraint === constraint);
}
