import { handler, type AnyHandlerRegistration } from '@syndesmos/jobs';
import type { MatchingService } from '@syndesmos/matching';
import { refreshAll, type MatchingRepositoryLike } from './matching.batches';

export function matchingHandlers(
  matching: MatchingService,
  subjects: MatchingRepositoryLike,
): AnyHandlerRegistration[] {
  return [
    handler('matching.refresh', async (data) => matching.refresh(data.subjectKind, data.subjectId)),
    handler('matching.refresh-all', async (_data, ctx) =>
      refreshAll(matching, subjects, (done, total) => ctx.progress?.({ done, total })),
    ),
  ];
}
