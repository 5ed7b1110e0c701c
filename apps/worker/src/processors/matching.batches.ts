import type { MatchingService, SubjectKind } from '@syndesmos/matching';

export interface MatchingRepositoryLike {
  subjectBatch(kind: SubjectKind, after: string, limit: number): Promise<string[]>;
  countSubjects(): Promise<number>;
}

export const REFRESH_BATCH = 200;
export const REFRESH_CONCURRENCY = 8;

/**
 * The weekly refresh: every published organisation, open call and forming consortium, in
 * bounded batches (memory stays flat), reporting progress as it goes.
 */
export async function refreshAll(
  matching: MatchingService,
  subjects: MatchingRepositoryLike,
  progress: (done: number, total: number) => void,
): Promise<{ refreshed: number; failed: number }> {
  const total = await subjects.countSubjects();
  let done = 0;
  let failed = 0;
  for (const kind of ['organisation', 'call', 'consortium'] as SubjectKind[]) {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const ids = await subjects.subjectBatch(kind, after, REFRESH_BATCH);
      if (ids.length === 0) break;
      // A few subjects at a time: Meilisearch and PostgreSQL answer in parallel while
      // memory stays bounded by the batch.
      let next = 0;
      await Promise.all(
        Array.from({ length: REFRESH_CONCURRENCY }, async () => {
          while (next < ids.length) {
            const id = ids[next++];
            try {
              await matching.refresh(kind, id);
            } catch {
              failed++;
            }
            done++;
          }
        }),
      );
      after = ids[ids.length - 1];
      progress(done, total);
    }
  }
  return { refreshed: done - failed, failed };
}
