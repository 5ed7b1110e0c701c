import type { FieldProblem } from '@syndesmos/common';
import type { CallStatus } from './consortia.entity';

// Partner call rules that need no database: which status changes owners may make, and
// whether the dates fit together.

/** Status changes an owner may ask for. `expired` is only ever set by the expiry job. */
export const OWNER_CALL_TRANSITIONS: Record<CallStatus, readonly CallStatus[]> = {
  draft: ['open', 'closed'],
  open: ['paused', 'closed'],
  paused: ['open', 'closed'],
  closed: [],
  expired: [],
};

/** Calls whose content may still be edited. */
export const EDITABLE_CALL: readonly CallStatus[] = ['draft', 'open', 'paused'];

/** Today's date in UTC as YYYY-MM-DD, the calendar the answer-by dates are kept in. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export interface CallDates {
  answerBy: string;
  naDeadline: string | null;
  plannedStart: string | null;
}

/**
 * An answer-by date must not have passed (today is allowed: the call expires once the day is
 * over); it must fall on or before the NA deadline it prepares for, which itself must come
 * before the planned start.
 */
export function dateProblems(dates: CallDates, today = todayUtc()): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (dates.answerBy < today) {
    problems.push({ field: 'answerBy', problem: 'in_past', message: `answerBy ${dates.answerBy} has already passed` });
  }
  if (dates.naDeadline && dates.answerBy > dates.naDeadline) {
    problems.push({
      field: 'answerBy',
      problem: 'after_deadline',
      message: `answers are needed by ${dates.answerBy}, after the NA deadline ${dates.naDeadline}`,
    });
  }
  if (dates.naDeadline && dates.plannedStart && dates.plannedStart <= dates.naDeadline) {
    problems.push({
      field: 'plannedStart',
      problem: 'before_deadline',
      message: `the project cannot start (${dates.plannedStart}) before its application deadline (${dates.naDeadline})`,
    });
  }
  return problems;
}

/** A country cannot be both sought (by any entry) and excluded: the call would contradict itself. */
export function excludedCountryProblems(
  sought: readonly { countries: readonly string[] }[],
  excluded: readonly string[],
): FieldProblem[] {
  const wanted = new Set(sought.flatMap((s) => s.countries));
  const both = excluded.filter((c) => wanted.has(c));
  return both.length
    ? [
        {
          field: 'excludedCountries',
          problem: 'also_sought',
          message: `${both.join(', ')} cannot be both sought and excluded`,
        },
      ]
    : [];
}
