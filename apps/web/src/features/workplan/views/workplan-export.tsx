// PLACEHOLDER for the workplan-views helper: PDF, DOCX and CSV export links.
export function WorkplanExport(_props: { consortiumId: string }) {
  return null;
}
