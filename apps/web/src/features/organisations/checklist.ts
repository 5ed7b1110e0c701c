// What `submit` still needs, the API's completeness rule (missingForSubmission in
// libs/organisations/src/organisation.rules.ts; checklist.test.ts reads it so they cannot drift).

/** The description's minimum length for submission (DESCRIPTION_MIN_FOR_SUBMISSION). */
export const DESCRIPTION_MIN_FOR_SUBMISSION = 80;

export const CHECKLIST_FIELDS = [
  'city',
  'naceSections',
  'sizeBand',
  'description',
  'topics',
  'languages',
  'contactPerson',
] as const;
export type ChecklistField = (typeof CHECKLIST_FIELDS)[number];

export interface ChecklistItem {
  field: ChecklistField;
  done: boolean;
}

/** The part of a profile submit looks at (a stored profile, or the form's values mapped by toProfileBody). */
export interface ChecklistInput {
  city: string;
  naceSections: readonly string[];
  sizeBand: string | null;
  description: string;
  topics: readonly string[];
  languages: readonly string[];
  contactPerson: object | null;
}

const RULES: Record<ChecklistField, (p: ChecklistInput) => boolean> = {
  city: (p) => p.city.trim().length > 0,
  naceSections: (p) => p.naceSections.length > 0,
  sizeBand: (p) => p.sizeBand !== null,
  description: (p) => p.description.trim().length >= DESCRIPTION_MIN_FOR_SUBMISSION,
  topics: (p) => p.topics.length > 0,
  languages: (p) => p.languages.length > 0,
  contactPerson: (p) => p.contactPerson !== null,
};

/** Each thing submit checks, ticked or not, in the API's order. */
export function submitChecklist(profile: ChecklistInput): ChecklistItem[] {
  return CHECKLIST_FIELDS.map((field) => ({ field, done: RULES[field](profile) }));
}

export function isComplete(items: readonly ChecklistItem[]): boolean {
  return items.every((i) => i.done);
}
