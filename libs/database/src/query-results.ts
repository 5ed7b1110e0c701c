import { QueryFailedError, type DataSource } from 'typeorm';

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

interface PreparingPool {
  query(q: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * A hot statement as a named prepared statement: PostgreSQL parses and plans it once per
 * connection, not on every call (for the message send, planning cost three times the
 * execution). `name` is the statement's, one per text. Fails as TypeORM's own query() does.
 */
export async function preparedQuery<T>(ds: DataSource, name: string, text: string, values: unknown[]): Promise<T[]> {
  const pool = (ds.driver as unknown as { master: PreparingPool }).master;
  try {
    return (await pool.query({ name, text, values })).rows as T[];
  } catch (err) {
    throw new QueryFailedError(text, values, err as Error);
  }
}
