import { handler, pinnedMatchingJob, type AnyHandlerRegistration, type JobProducer } from '@syndesmos/jobs';
import type { MatchingService, RefreshPlanner, ReverseMatcher } from '@syndesmos/matching';

export function matchingHandlers(
  matching: MatchingService,
  reverse: ReverseMatcher,
  planner: RefreshPlanner,
  producer: JobProducer,
): AnyHandlerRegistration[] {
  return [
    // A subject the reverse pass found (with the newcomer or changed one in `include`) is patched
    // from its stored list, which recomputes it when the patch cannot tell; else recomputed.
    handler('matching.refresh', async (data) =>
      data.include
        ? { outcome: await matching.patch(data.subjectKind, data.subjectId, data.include) }
        : matching.refresh(data.subjectKind, data.subjectId),
    ),
    // Weekly: incremental (what changed since the last run), or everything with mode 'full'.
    handler('matching.refresh-all', async (data, ctx) =>
      planner.run(data.mode ?? 'incremental', (done, total) => ctx.progress?.({ done, total })),
    ),
    // A newcomer: refresh the lists it would enter (and those that show it), each as its own job.
    handler('matching.reverse', async (data) => {
      const found = await reverse.affected(data.targetKind, data.targetId);
      for (const s of found.subjects) {
        const { job, jobId } = pinnedMatchingJob(s.kind, s.id, { kind: data.targetKind, id: data.targetId });
        await producer.enqueue(job, { jobId });
      }
      return { considered: found.considered, touched: found.subjects.length };
    }),
  ];
}
