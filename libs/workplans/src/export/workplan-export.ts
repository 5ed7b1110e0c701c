import type { Locale } from '@syndesmos/common';
import type { WorkplanView } from '../workplan.service';
import type { WorkplanExportInput } from './export-document';
import type { ExportFormat } from './export-filename';
import { workplanCsv } from './workplan-csv';
import { workplanDocx } from './workplan-docx';
import { workplanPdf } from './workplan-pdf';

/** What the writers need from a plan as its reader sees it, in the language of the document. */
export function exportInputOf(view: WorkplanView, locale: Locale, generatedAt: Date): WorkplanExportInput {
  return {
    consortiumName: view.consortiumName,
    plan: view.plan,
    partners: view.partners,
    report: view.report,
    organisations: new Map(view.plan.members.map((m) => [m.organisationId, m.name])),
    locale,
    generatedAt,
  };
}

const WRITERS: Record<ExportFormat, (input: WorkplanExportInput) => Buffer | Promise<Buffer>> = {
  pdf: workplanPdf,
  docx: workplanDocx,
  csv: workplanCsv,
};

export async function renderWorkplanExport(format: ExportFormat, input: WorkplanExportInput): Promise<Buffer> {
  return WRITERS[format](input);
}
