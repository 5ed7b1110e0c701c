import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, ApiError, unwrap } from '../../../api/client';
import type { Workplan, WorkplanReport } from '../use-workplan';
import { checkBody, type Draft } from './part-forms';

// The rule report a form's draft would give: the check endpoint, asked once typing pauses
// (a new draft aborts the request of the one before). Without a draft, the saved report.

const PAUSE_MS = 350;

/** The value once it has stayed the same for `ms`. */
export function useSettled<T>(value: T, ms = PAUSE_MS): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export type CheckState = 'saved' | 'checking' | 'draft' | 'invalid' | 'removed';

export interface RuleCheck {
  report: WorkplanReport;
  state: CheckState;
}

/** The report for `draft` (none: the saved one). Each check is of the draft on one plan as read:
 *  the part's current version, and the plan's stamp (its `updatedAt`, touched by every change). */
export function useRuleCheck(plan: Workplan, draft: Draft | null): RuleCheck {
  const settled = useSettled(draft ? JSON.stringify(draft) : null);
  // Built from the plan of this render, so the version and the stamp always go together.
  const body = settled === null ? null : checkBody(plan, JSON.parse(settled) as Draft);
  const consortiumId = plan.consortiumId;
  const query = useQuery({
    // Not under the plan's key, and never refetched by itself (focus, reconnection): the plan
    // refreshing gives a new stamp and version, and so a new check.
    queryKey: ['workplan-check', consortiumId, plan.frame.updatedAt, JSON.stringify(body)] as const,
    staleTime: Infinity,
    enabled: body !== null,
    placeholderData: keepPreviousData,
    retry: false,
    queryFn: async ({ signal }) =>
      unwrap(
        await api.POST('/v1/consortia/{id}/workplan/check', {
          params: { path: { id: consortiumId } },
          body: body!,
          signal,
        }),
      ),
  });
  const saved = plan.report;
  if (!draft) return { report: saved, state: 'saved' };
  const gone = (settled !== null && body === null) || (query.error instanceof ApiError && query.error.status === 404);
  if (gone && !query.isFetching) return { report: saved, state: 'removed' };
  // A conflict means the plan is about to refresh (someone saved first): wait for it.
  if (query.error instanceof ApiError && query.error.code === 'VERSION_CONFLICT') {
    return { report: query.data ?? saved, state: 'checking' };
  }
  if (query.isError && !query.isFetching) return { report: query.data ?? saved, state: 'invalid' };
  const waiting = settled !== JSON.stringify(draft) || query.isFetching || !query.data;
  return { report: query.data ?? saved, state: waiting ? 'checking' : 'draft' };
}
