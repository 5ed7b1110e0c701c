import { handler, type AnyHandlerRegistration } from '@syndesmos/jobs';
import type { MatchingService } from '@syndesmos/matching';

export function matchingHandlers(matching: MatchingService): AnyHandlerRegistration[] {
  return [
    handler('matching.refresh', async (data) => matching.refresh(data.subjectKind, data.subjectId)),
    handler('matching.refresh-all', async (_data, ctx) =>
      matching.refreshAll((done, total) => ctx.progress?.({ done, total })),
    ),
  ];
}
