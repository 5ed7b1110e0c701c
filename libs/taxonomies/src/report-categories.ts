import type { Localised } from '@syndesmos/common';

// Why a user reports a profile or message; moderators triage by category.
export const REPORT_CATEGORIES = {
  fake_organisation: { en: 'Fake organisation', el: 'Ψεύτικος οργανισμός' },
  inaccurate_information: { en: 'Inaccurate information', el: 'Ανακριβείς πληροφορίες' },
  inappropriate_content: { en: 'Inappropriate content', el: 'Ακατάλληλο περιεχόμενο' },
  spam: { en: 'Spam', el: 'Ανεπιθύμητα μηνύματα (spam)' },
  impersonation: { en: 'Impersonation', el: 'Πλαστοπροσωπία' },
  other: { en: 'Other', el: 'Άλλο' },
} as const satisfies Record<string, Localised>;

export type ReportCategory = keyof typeof REPORT_CATEGORIES;

export function isReportCategory(value: string): value is ReportCategory {
  return Object.prototype.hasOwnProperty.call(REPORT_CATEGORIES, value);
}
