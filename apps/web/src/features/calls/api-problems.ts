import { ApiError } from '../../api/client';

// The API's field problems on a calls form: each lands on the field the form shows for it, in
// the user's language where we know the problem (the date rules), else in the API's words.

const DATE_PROBLEMS: Record<string, string> = {
  in_past: 'calls.validation.answerByPast',
  after_deadline: 'calls.validation.answerByAfterDeadline',
  before_deadline: 'calls.validation.startBeforeDeadline',
};

export interface PlacedProblem {
  path: string;
  message: string;
}

/** The problems a form can show by its fields, and whether any was left for the form itself. */
export function placeProblems(
  error: unknown,
  pathOf: (apiField: string) => string | undefined,
  t: (key: string) => string,
): { placed: PlacedProblem[]; unplaced: boolean } {
  if (!(error instanceof ApiError)) return { placed: [], unplaced: true };
  const placed: PlacedProblem[] = [];
  let unplaced = error.fields.length === 0;
  for (const problem of error.fields) {
    const path = pathOf(problem.field);
    if (!path) {
      unplaced = true;
      continue;
    }
    const known = DATE_PROBLEMS[problem.problem];
    placed.push({ path, message: known ? t(known) : problem.message });
  }
  return { placed, unplaced };
}
