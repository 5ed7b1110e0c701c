import { stringify } from 'csv-stringify/sync';
import { WORKPLAN_FRAMES } from '@syndesmos/taxonomies';
import { activityCodes, budgetLines, monthSpan, round2, type WorkplanExportInput } from './export-document';
import { EXPORT_LABELS } from './export-labels';

// The budget table as CSV: one row per work package (or, without them, per activity), per
// activity, per partner, and the lump sum. UTF-8 with a byte-order mark so that spreadsheet
// programs read Greek; amounts as plain numbers with a point, whatever the language.

/** Characters that make a spreadsheet read a cell as a formula (or swallow it into one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet will show as text: one that could start a formula gets a leading apostrophe. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

const number = (n: number) => String(round2(n));
const share = (n: number, lumpSum: number | null) => (lumpSum ? String(Math.round((n * 1000) / lumpSum) / 10) : '');

export function workplanCsv(input: WorkplanExportInput): Buffer {
  const { plan } = input;
  const l = EXPORT_LABELS[input.locale].csv;
  const name = (id: string | null) => (id === null ? '' : (input.organisations.get(id) ?? ''));
  const codes = activityCodes(plan);
  const withWorkPackages = WORKPLAN_FRAMES[plan.action].workPackages;
  const rows: string[][] = [[l.section, l.reference, l.title, l.organisation, l.months, l.amount, l.share]];
  if (withWorkPackages) {
    for (const b of budgetLines(plan, codes)) {
      rows.push([
        l.workPackage,
        b.reference,
        b.title,
        name(b.leadOrganisationId),
        '',
        number(b.amount),
        share(b.amount, plan.lumpSum),
      ]);
    }
  }
  for (const a of plan.activities) {
    rows.push([
      l.activity,
      codes.get(a.id) ?? '',
      a.title,
      name(a.leadOrganisationId),
      monthSpan(a),
      number(a.amount),
      share(a.amount, plan.lumpSum),
    ]);
  }
  for (const p of input.partners) {
    rows.push([
      l.partner,
      p.country,
      p.name,
      p.name,
      String(p.activeMonths.length),
      number(p.budget),
      share(p.budget, plan.lumpSum),
    ]);
  }
  rows.push([
    l.total,
    '',
    l.lumpSum,
    '',
    plan.durationMonths === null ? '' : String(plan.durationMonths),
    plan.lumpSum === null ? '' : number(plan.lumpSum),
    plan.lumpSum === null ? '' : '100',
  ]);
  return Buffer.from(
    stringify(
      rows.map((r) => r.map(neutraliseCell)),
      { bom: true, record_delimiter: 'windows' },
    ),
    'utf8',
  );
}
