import type { Workplan } from '../use-workplan';

// PLACEHOLDER for the workplan-views helper: activities table, timeline, budget, partners matrix.
export function WorkplanViews(_props: { workplan: Workplan }) {
  return null;
}
