import type { Consortium } from '../../consortia/consortium-rules';
import type { Workplan } from '../use-workplan';

// PLACEHOLDER for the workplan-editor helper: the outline, the forms and the live rule panel.
export function WorkplanEditor(_props: { consortium: Consortium; workplan: Workplan }) {
  return null;
}
