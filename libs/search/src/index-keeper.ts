import { DomainException, ErrorCode } from '@syndesmos/common';
import type { IndexInspection } from './versioned-index';

// Keeps one index true to PostgreSQL without an operator: a cheap check (the index exists, its
// document count, the newest row's version) and, when that differs or on a full check, a
// comparison of every id and version; then a resync of what is missing or stale, or a
// rebuild (fresh index, swap) when the index is gone, empty or far off.

export type IndexState = 'unchecked' | 'ok' | 'resyncing' | 'rebuilding' | 'unavailable';

export interface IndexDrift {
  /** In PostgreSQL, not in the index. */
  missing: string[];
  /** In the index with an older version than PostgreSQL's. */
  stale: string[];
  /** In the index, but no longer belongs there. */
  extra: string[];
  /** In the index with a newer version than PostgreSQL's: the index is from another database. */
  ahead: string[];
}

export interface IndexStatus {
  index: string;
  state: IndexState;
  /** Documents in the index and rows that belong there, at the last check. */
  documents: number | null;
  expected: number | null;
  /** The lag the last check found and has not repaired (yet). */
  lag: { missing: number; stale: number; extra: number };
  checkedAt: string | null;
  lastRepair: { kind: 'rebuild' | 'resync'; at: string; missing: number; stale: number; extra: number } | null;
  error: string | null;
}

/** What PostgreSQL says belongs in the index, and how to bring the index in line with it. */
export interface IndexSource {
  count(): Promise<number>;
  /** The id and version of the row that belongs in the index and changed last. */
  newest(): Promise<{ id: string; version: number } | null>;
  versions(): Promise<Map<string, number>>;
  /** Brings one document in line with PostgreSQL: upsert or delete. */
  sync(id: string): Promise<unknown>;
  /** Rebuilds the whole index into a fresh one and swaps it in. */
  rebuild(): Promise<number>;
}

/** What the keeper reads from the index itself (VersionedIndex). */
export interface IndexedDocuments {
  inspect(): Promise<IndexInspection>;
  versionsOf(ids: string[]): Promise<Map<string, number>>;
  allVersions(): Promise<Map<string, number>>;
}

/** Past this much drift a rebuild is cheaper than syncing documents one by one. */
export const RESYNC_LIMIT = { documents: 200, share: 0.25 };
const SYNC_IN_FLIGHT = 8;

export function compareVersions(
  expected: ReadonlyMap<string, number>,
  indexed: ReadonlyMap<string, number>,
): IndexDrift {
  const drift: IndexDrift = { missing: [], stale: [], extra: [], ahead: [] };
  for (const [id, version] of expected) {
    const held = indexed.get(id);
    if (held === undefined) drift.missing.push(id);
    else if (held < version) drift.stale.push(id);
    else if (held > version) drift.ahead.push(id);
  }
  for (const id of indexed.keys()) if (!expected.has(id)) drift.extra.push(id);
  return drift;
}

/** Resync what is off, or rebuild: a newer version in the index than in PostgreSQL cannot be synced away. */
export function repairFor(drift: IndexDrift, expected: number): 'none' | 'resync' | 'rebuild' {
  const off = drift.missing.length + drift.stale.length + drift.extra.length + drift.ahead.length;
  if (off === 0) return 'none';
  if (drift.ahead.length > 0) return 'rebuild';
  return off > Math.max(RESYNC_LIMIT.documents, expected * RESYNC_LIMIT.share) ? 'rebuild' : 'resync';
}

const lagOf = (drift: IndexDrift) => ({
  missing: drift.missing.length,
  stale: drift.stale.length + drift.ahead.length,
  extra: drift.extra.length,
});
const NO_LAG = { missing: 0, stale: 0, extra: 0 };

export class IndexKeeper {
  private current: IndexStatus;

  constructor(
    readonly name: string,
    private readonly indexed: IndexedDocuments,
    private readonly source: IndexSource,
    /** Told of every change of status (the worker shares it through Redis). */
    private readonly onStatus: (status: IndexStatus) => Promise<void> = async () => undefined,
  ) {
    this.current = {
      index: name,
      state: 'unchecked',
      documents: null,
      expected: null,
      lag: NO_LAG,
      checkedAt: null,
      lastRepair: null,
      error: null,
    };
  }

  get status(): IndexStatus {
    return this.current;
  }

  /**
   * Checks the index and repairs it. `full` compares every id and version even when the
   * cheap check finds nothing; otherwise that comparison runs only when the cheap check
   * finds a difference. Idempotent: a second run finds nothing left to do.
   */
  async check(full: boolean): Promise<IndexStatus> {
    const checkedAt = new Date().toISOString();
    try {
      const seen = await this.indexed.inspect();
      const expected = await this.source.count();
      const base = { checkedAt, documents: seen.documents, expected, error: null };
      if (!seen.exists || (seen.documents === 0 && expected > 0)) {
        return await this.rebuild(base, { missing: expected, stale: 0, extra: 0 });
      }
      if (!full && seen.documents === expected && (await this.newestIsIndexed())) {
        return await this.report({ ...base, state: 'ok', lag: NO_LAG });
      }
      const drift = compareVersions(await this.source.versions(), await this.indexed.allVersions());
      const repair = repairFor(drift, expected);
      if (repair === 'rebuild') return await this.rebuild(base, lagOf(drift));
      if (repair === 'resync') return await this.resync(base, drift);
      return await this.report({ ...base, state: 'ok', lag: NO_LAG });
    } catch (err) {
      const unavailable = err instanceof DomainException && err.code === ErrorCode.SearchUnavailable;
      await this.report({
        checkedAt,
        state: 'unavailable',
        error: unavailable ? `Meilisearch: ${err.message}` : (err as Error).message,
      }).catch(() => undefined);
      throw err;
    }
  }

  private async newestIsIndexed(): Promise<boolean> {
    const newest = await this.source.newest();
    if (!newest) return true;
    return (await this.indexed.versionsOf([newest.id])).get(newest.id) === newest.version;
  }

  private async rebuild(
    base: Pick<IndexStatus, 'checkedAt' | 'documents' | 'expected' | 'error'>,
    lag: IndexStatus['lag'],
  ): Promise<IndexStatus> {
    await this.report({ ...base, state: 'rebuilding', lag });
    const indexed = await this.source.rebuild();
    return this.report({
      state: 'ok',
      documents: indexed,
      lag: NO_LAG,
      lastRepair: { kind: 'rebuild', at: new Date().toISOString(), ...lag },
    });
  }

  private async resync(
    base: Pick<IndexStatus, 'checkedAt' | 'documents' | 'expected' | 'error'>,
    drift: IndexDrift,
  ): Promise<IndexStatus> {
    const lag = lagOf(drift);
    await this.report({ ...base, state: 'resyncing', lag });
    const ids = [...drift.missing, ...drift.stale, ...drift.extra];
    const failed: string[] = [];
    for (let i = 0; i < ids.length; i += SYNC_IN_FLIGHT) {
      const slice = ids.slice(i, i + SYNC_IN_FLIGHT);
      const results = await Promise.allSettled(slice.map((id) => this.source.sync(id)));
      results.forEach((r, j) => r.status === 'rejected' && failed.push(slice[j]));
    }
    // What could not be synced now (a job holding its lock, say) stays as lag for the next check.
    const left = new Set(failed);
    return this.report({
      state: 'ok',
      documents: (await this.indexed.inspect()).documents,
      lag: {
        missing: drift.missing.filter((id) => left.has(id)).length,
        stale: drift.stale.filter((id) => left.has(id)).length,
        extra: drift.extra.filter((id) => left.has(id)).length,
      },
      lastRepair: { kind: 'resync', at: new Date().toISOString(), ...lag },
    });
  }

  private async report(change: Partial<IndexStatus>): Promise<IndexStatus> {
    this.current = { ...this.current, ...change };
    await this.onStatus(this.current);
    return this.current;
  }
}
