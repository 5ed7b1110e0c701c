import type { Locale } from '@syndesmos/common';
import { localisedTaxonomies, WORKPLAN_FRAMES } from '@syndesmos/taxonomies';
import type { PartnerView } from '../partner-view';
import type { Activity, Workplan } from '../workplan.model';
import type { WorkplanReport } from '../workplan.rules';
import { EXPORT_LABELS, type ExportLabels } from './export-labels';

// What an exported workplan says, in the application form's order, as plain blocks that the PDF
// and DOCX writers each draw their own way: one place decides the content, two decide the look.

export interface WorkplanExportInput {
  consortiumName: string;
  plan: Workplan;
  partners: PartnerView[];
  report: WorkplanReport;
  /** Organisation names by id: the members, and any other organisation the plan names. */
  organisations: ReadonlyMap<string, string>;
  locale: Locale;
  generatedAt: Date;
}

export interface ExportColumn {
  title: string;
  /** Share of the text width; a table's columns add up to 1. */
  width: number;
  align?: 'left' | 'right';
}

export type ExportBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'fields'; rows: [label: string, value: string][] }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; columns: ExportColumn[]; rows: string[][]; total?: string[] }
  | { kind: 'timeline'; months: number; rows: TimelineRow[] };

export interface TimelineRow {
  label: string;
  start: number;
  end: number;
  /** A work package's span, drawn above its activities. */
  group: boolean;
}

export interface ExportDocument {
  title: string;
  /** Header and footer text: consortium name, generated date; page numbers are the writer's. */
  header: string;
  footer: string;
  labels: ExportLabels;
  blocks: ExportBlock[];
}

const intlLocale = (locale: Locale) => (locale === 'el' ? 'el-GR' : 'en-GB');

// Intl formatters are slow to make and a large plan prints thousands of numbers: one per kind.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(locale: Locale, kind: 'whole' | 'cents' | 'percent'): Intl.NumberFormat {
  const key = `${locale}:${kind}`;
  let f = formatters.get(key);
  if (!f) {
    f =
      kind === 'percent'
        ? new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 })
        : new Intl.NumberFormat(intlLocale(locale), {
            style: 'currency',
            currency: 'EUR',
            minimumFractionDigits: kind === 'whole' ? 0 : 2,
            maximumFractionDigits: kind === 'whole' ? 0 : 2,
          });
    formatters.set(key, f);
  }
  return f;
}

/** An amount in euro as the PDF and DOCX print it (the tests look for exactly this text). */
export function formatAmount(locale: Locale, amount: number): string {
  return formatter(locale, Number.isInteger(amount) ? 'whole' : 'cents').format(amount);
}

export function formatDate(locale: Locale, date: Date | string): string {
  const d = typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

const percent = (locale: Locale, part: number, whole: number | null) =>
  whole ? `${formatter(locale, 'percent').format((part * 100) / whole)} %` : '';

/**
 * Each activity's reference as the form numbers them: "A2.3" for the third activity of WP2 in a
 * work-package action, "A3" for the third activity of the plan otherwise.
 */
export function activityCodes(plan: Workplan): Map<string, string> {
  const codes = new Map<string, string>();
  if (!WORKPLAN_FRAMES[plan.action].workPackages) {
    plan.activities.forEach((a, i) => codes.set(a.id, `A${i + 1}`));
    return codes;
  }
  for (const w of plan.workPackages) {
    plan.activities.filter((a) => a.workPackageId === w.id).forEach((a, i) => codes.set(a.id, `A${w.number}.${i + 1}`));
  }
  return codes;
}

export const monthSpan = (a: Pick<Activity, 'startMonth' | 'endMonth'>) =>
  a.startMonth === a.endMonth ? `M${a.startMonth}` : `M${a.startMonth}–M${a.endMonth}`;

/** The months the timeline shows: the duration, stretched to any activity that runs past it. */
export function timelineMonths(plan: Workplan): number {
  return Math.max(plan.durationMonths ?? 0, ...plan.activities.map((a) => a.endMonth), 1);
}

export function buildExportDocument(input: WorkplanExportInput): ExportDocument {
  const { plan, locale } = input;
  const l = EXPORT_LABELS[locale];
  const tax = localisedTaxonomies(locale);
  const label = (list: readonly { code: string; label: string }[], code: string) =>
    list.find((o) => o.code === code)?.label ?? code;
  const org = (id: string | null) => (id === null ? l.none : (input.organisations.get(id) ?? l.none));
  const orgs = (ids: string[]) => listed(ids.map(org));
  // A list in one cell, or a dash for an empty one; a title with its longer texts beneath.
  const listed = (items: string[]) => items.filter(Boolean).join(', ') || l.none;
  const titled = (...texts: string[]) => texts.filter((t) => t.trim()).join('\n');
  const tableOrNone = (columns: ExportColumn[], rows: string[][]): ExportBlock =>
    rows.length ? { kind: 'table', columns, rows } : { kind: 'paragraph', text: l.none };
  const amount = (n: number) => formatAmount(locale, n);
  const codes = activityCodes(plan);
  const withWorkPackages = WORKPLAN_FRAMES[plan.action].workPackages;
  const blocks: ExportBlock[] = [];

  // 1. Summary
  blocks.push({ kind: 'heading', level: 1, text: l.sections.summary });
  blocks.push({
    kind: 'fields',
    rows: [
      [l.fields.consortium, input.consortiumName],
      [l.fields.action, plan.action],
      [l.fields.lumpSum, plan.lumpSum === null ? l.notSet : amount(plan.lumpSum)],
      [l.fields.duration, plan.durationMonths === null ? l.notSet : l.durationMonths(plan.durationMonths)],
      [l.fields.plannedStart, plan.plannedStart === null ? l.notSet : formatDate(locale, plan.plannedStart)],
      [l.fields.aim, plan.aim === null ? l.notSet : l.aims[plan.aim]],
      [l.fields.ruleCheck, l.ruleCheck(input.report.errors, input.report.warnings)],
      [l.fields.summary, plan.summary.trim() || l.none],
    ],
  });

  // 2. Partners and their roles
  blocks.push({ kind: 'heading', level: 1, text: l.sections.partners });
  blocks.push({
    kind: 'table',
    columns: [
      { title: l.columns.organisation, width: 0.25 },
      { title: l.columns.country, width: 0.11 },
      { title: l.columns.consortiumRole, width: 0.12 },
      { title: l.columns.rolesInPlan, width: 0.28 },
      { title: l.columns.activeMonths, width: 0.09, align: 'right' },
      { title: l.columns.amount, width: 0.15, align: 'right' },
    ],
    rows: input.partners.map((p) => [
      p.name,
      label(tax.countries, p.country),
      l.consortiumRoles[p.consortiumRole as keyof ExportLabels['consortiumRoles']] ?? p.consortiumRole,
      p.roles.length ? p.roles.map((r) => l.planRoles[r] ?? r).join(', ') : l.none,
      String(p.activeMonths.length),
      amount(p.budget),
    ]),
  });

  // 3. Work packages with their activities (KA210-VET: the activities directly)
  const activityTable = (list: Activity[]): ExportBlock => ({
    kind: 'table',
    columns: [
      { title: l.columns.code, width: 0.08 },
      { title: l.columns.activity, width: 0.37 },
      { title: l.columns.kind, width: 0.15 },
      { title: l.columns.lead, width: 0.16 },
      { title: l.columns.months, width: 0.11 },
      { title: l.columns.amount, width: 0.13, align: 'right' },
    ],
    rows: list.map((a) => [
      codes.get(a.id) ?? '',
      titled(a.title, a.description, a.expectedResults),
      l.activityKinds[a.kind],
      [org(a.leadOrganisationId), ...a.participantIds.map(org)].join(', '),
      monthSpan(a),
      amount(a.amount),
    ]),
  });
  if (withWorkPackages) {
    blocks.push({ kind: 'heading', level: 1, text: l.sections.workPackages });
    for (const w of plan.workPackages) {
      blocks.push({ kind: 'heading', level: 2, text: `WP${w.number} ${w.title}` });
      blocks.push({
        kind: 'fields',
        rows: [
          [l.fields.lead, org(w.leadOrganisationId)],
          [l.fields.participants, orgs(w.participantIds)],
          [
            l.fields.amount,
            plan.lumpSum ? `${amount(w.amount)} (${percent(locale, w.amount, plan.lumpSum)})` : amount(w.amount),
          ],
          [l.fields.objectives, w.objectives.trim() || l.none],
          [l.fields.indicators, w.indicators.trim() || l.none],
        ],
      });
      const inside = plan.activities.filter((a) => a.workPackageId === w.id);
      if (inside.length) blocks.push(activityTable(inside));
    }
  } else {
    blocks.push({ kind: 'heading', level: 1, text: l.sections.activities });
    blocks.push(activityTable(plan.activities));
  }

  // 4. Results
  blocks.push({ kind: 'heading', level: 1, text: l.sections.results });
  blocks.push(
    tableOrNone(
      [
        { title: l.columns.title, width: 0.24 },
        { title: l.columns.type, width: 0.13 },
        { title: l.columns.lead, width: 0.2 },
        { title: l.columns.languages, width: 0.11 },
        { title: l.columns.targetGroups, width: 0.16 },
        { title: l.columns.due, width: 0.06 },
        { title: l.columns.producedBy, width: 0.1 },
      ],
      plan.results.map((r) => [
        titled(r.title, r.description),
        l.resultTypes[r.type],
        listed([org(r.leadOrganisationId), ...r.contributorIds.map(org)]),
        listed(r.languages.map((c) => label(tax.languages, c))),
        listed(r.targetGroups.map((c) => label(tax.targetGroups, c))),
        `M${r.dueMonth}`,
        listed(r.activityIds.map((id) => codes.get(id) ?? '')),
      ]),
    ),
  );

  // 5. Events
  const results = new Map(plan.results.map((r) => [r.id, r.title]));
  blocks.push({ kind: 'heading', level: 1, text: l.sections.events });
  blocks.push(
    tableOrNone(
      [
        { title: l.columns.title, width: 0.25 },
        { title: l.columns.host, width: 0.2 },
        { title: l.columns.month, width: 0.08 },
        { title: l.columns.participants, width: 0.2 },
        { title: l.columns.presents, width: 0.27 },
      ],
      plan.events.map((e) => [
        titled(e.title, e.description),
        `${org(e.hostOrganisationId)} (${label(tax.countries, e.country)})`,
        `M${e.month}`,
        l.participantsLocalInternational(e.participantsLocal, e.participantsInternational),
        listed(e.resultIds.map((id) => results.get(id) ?? '')),
      ]),
    ),
  );

  // 6. Budget
  const budgetColumns = (first: string): ExportColumn[] => [
    { title: first, width: 0.6 },
    { title: l.columns.amount, width: 0.22, align: 'right' },
    { title: l.columns.share, width: 0.18, align: 'right' },
  ];
  const budgetRows = budgetLines(plan, codes);
  const allocated = budgetRows.reduce((s, r) => s + r.amount, 0);
  blocks.push({ kind: 'heading', level: 1, text: l.sections.budget });
  blocks.push({
    kind: 'heading',
    level: 2,
    text: withWorkPackages ? l.sections.budgetByWorkPackage : l.sections.budgetByActivity,
  });
  blocks.push({
    kind: 'table',
    columns: budgetColumns(withWorkPackages ? l.csv.workPackage : l.csv.activity),
    rows: budgetRows.map((r) => [
      `${r.reference} ${r.title}`,
      amount(r.amount),
      percent(locale, r.amount, plan.lumpSum),
    ]),
    total: [l.columns.total, amount(allocated), percent(locale, allocated, plan.lumpSum)],
  });
  blocks.push({ kind: 'heading', level: 2, text: l.sections.budgetByPartner });
  const partnerTotal = input.partners.reduce((s, p) => s + p.budget, 0);
  blocks.push({
    kind: 'table',
    columns: budgetColumns(l.csv.partner),
    rows: input.partners.map((p) => [p.name, amount(p.budget), percent(locale, p.budget, plan.lumpSum)]),
    total: [l.columns.total, amount(round2(partnerTotal)), percent(locale, partnerTotal, plan.lumpSum)],
  });

  // 7. Timeline
  blocks.push({ kind: 'heading', level: 1, text: l.sections.timeline });
  blocks.push({ kind: 'timeline', months: timelineMonths(plan), rows: timelineRows(plan, codes) });

  const generated = `${l.generated} ${formatDate(locale, input.generatedAt)}`;
  return {
    title: `${l.title}: ${input.consortiumName}`,
    header: `${input.consortiumName} · ${plan.action} · ${l.title}`,
    footer: generated,
    labels: l,
    blocks,
  };
}

export const round2 = (n: number) => Math.round(n * 100) / 100;

export interface BudgetLine {
  reference: string;
  title: string;
  leadOrganisationId: string | null;
  amount: number;
}

/** What the lump sum is divided into: the work packages, or the activities of a plan without them. */
export function budgetLines(plan: Workplan, codes = activityCodes(plan)): BudgetLine[] {
  if (WORKPLAN_FRAMES[plan.action].workPackages) {
    return plan.workPackages.map((w) => ({
      reference: `WP${w.number}`,
      title: w.title,
      leadOrganisationId: w.leadOrganisationId,
      amount: w.amount,
    }));
  }
  return plan.activities.map((a) => ({
    reference: codes.get(a.id) ?? '',
    title: a.title,
    leadOrganisationId: a.leadOrganisationId,
    amount: a.amount,
  }));
}

function timelineRows(plan: Workplan, codes: Map<string, string>): TimelineRow[] {
  const row = (a: Activity): TimelineRow => ({
    label: `${codes.get(a.id) ?? ''} ${a.title}`,
    start: a.startMonth,
    end: a.endMonth,
    group: false,
  });
  if (!WORKPLAN_FRAMES[plan.action].workPackages) return plan.activities.map(row);
  return plan.workPackages.flatMap((w) => {
    const inside = plan.activities.filter((a) => a.workPackageId === w.id);
    if (inside.length === 0) return [];
    const start = Math.min(...inside.map((a) => a.startMonth));
    const end = Math.max(...inside.map((a) => a.endMonth));
    return [{ label: `WP${w.number} ${w.title}`, start, end, group: true }, ...inside.map(row)];
  });
}
