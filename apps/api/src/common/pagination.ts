import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DomainException, ErrorCode } from '@syndesmos/common';

export class PageQueryDto {
  @ApiPropertyOptional({ maxLength: 500, description: 'Opaque cursor from the previous page’s nextCursor' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

/** Cursors are opaque to clients: base64url JSON of the last row's sort key. */
export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<T>(cursor: string | undefined, isValid: (v: unknown) => v is T): T | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (isValid(value)) return value;
  } catch {
    // fall through
  }
  throw new DomainException(ErrorCode.ValidationFailed, 'bad cursor', [
    { field: 'cursor', problem: 'invalid', message: 'cursor is not one this API issued' },
  ]);
}

const isTimeKey = (v: unknown): v is [string, string] =>
  Array.isArray(v) &&
  v.length === 2 &&
  typeof v[0] === 'string' &&
  !Number.isNaN(Date.parse(v[0])) &&
  typeof v[1] === 'string' &&
  /^[0-9a-f-]{36}$/.test(v[1]);

/** Decodes a cursor over (timestamp, id), the key of most lists here. */
export function decodeTimeCursor(cursor: string | undefined): { at: string; id: string } | undefined {
  const key = decodeCursor(cursor, isTimeKey);
  return key && { at: key[0], id: key[1] };
}

/** The page answer: `rows` holds one extra row when there is a next page. */
export function timePage<R extends { id: string }, T>(
  rows: { items: R[]; more: boolean },
  at: (row: R) => Date,
  map: (row: R) => T,
): { items: T[]; nextCursor: string | null } {
  const last = rows.items[rows.items.length - 1];
  return {
    items: rows.items.map(map),
    nextCursor: rows.more && last ? encodeCursor([at(last).toISOString(), last.id]) : null,
  };
}
