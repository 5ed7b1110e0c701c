import { z } from 'zod/mini';
import type { Schemas } from '../../api/client';

// Posting a partner call: the form's values, its rules (the limits of CreateCallDto in
// openapi.json, and the date rules the API answers 422 INVALID_DATES for), and the request body.

export type CallAction = Schemas['CreateCallDto']['action'];
export type PartnerRole = Schemas['SoughtPartnerDto']['role'];
export const CALL_ACTIONS: readonly CallAction[] = ['KA220-VET', 'KA210-VET'];
export const PARTNER_ROLES: readonly PartnerRole[] = ['partner', 'associated_partner'];

/** CreateCallDto's and SoughtPartnerDto's limits. */
export const CALL_LIMITS = {
  titleMin: 3,
  title: 200,
  summary: 5000,
  topics: 15,
  sought: 10,
  countries: 60,
  naceSections: 21,
  organisationTypes: 20,
  countMin: 1,
  countMax: 10,
  tasks: 2000,
  languages: 10,
  durationMin: 6,
  durationMax: 36,
} as const;

export interface SoughtValues {
  countries: string[];
  naceSections: string[];
  organisationTypes: string[];
  count: string;
  role: PartnerRole;
  tasks: string;
}

export interface CallFormValues {
  organisationId: string;
  title: string;
  summary: string;
  /** A CallAction, or '' before one is chosen. */
  action: string;
  topics: string[];
  sought: SoughtValues[];
  /** Countries no partner may come from; none may be a sought country. */
  excludedCountries: string[];
  languages: string[];
  plannedStart: string;
  durationMonths: string;
  naDeadline: string;
  answerBy: string;
}

export const emptySought = (): SoughtValues => ({
  countries: [],
  naceSections: [],
  organisationTypes: [],
  count: '1',
  role: 'partner',
  tasks: '',
});

export function emptyCall(organisationId = ''): CallFormValues {
  return {
    organisationId,
    title: '',
    summary: '',
    action: '',
    topics: [],
    sought: [emptySought()],
    excludedCountries: [],
    languages: [],
    plannedStart: '',
    durationMonths: '',
    naDeadline: '',
    answerBy: '',
  };
}

/** Today's date in UTC (YYYY-MM-DD): the calendar the API keeps answer-by days in. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The countries both sought (by any entry) and excluded: the API refuses them (also_sought). */
export function excludedAlsoSought(v: { sought: { countries: string[] }[]; excludedCountries: string[] }): string[] {
  const sought = new Set(v.sought.flatMap((s) => s.countries));
  return v.excludedCountries.filter((c) => sought.has(c));
}

export interface DateProblem {
  field: 'answerBy' | 'naDeadline' | 'plannedStart';
  /** A catalogue key. */
  message: string;
}

/** The API's date rules (call.rules.ts dateProblems): the answer-by day not passed and on or
 *  before the NA deadline, which itself comes before the planned start. A deadline that has
 *  passed can hold no answer-by day, so it is named on its own field too. */
export function dateProblems(
  d: { answerBy: string; naDeadline: string; plannedStart: string },
  today = todayUtc(),
): DateProblem[] {
  const problems: DateProblem[] = [];
  if (d.answerBy && d.answerBy < today) problems.push({ field: 'answerBy', message: 'calls.validation.answerByPast' });
  if (d.naDeadline && d.naDeadline < today) {
    problems.push({ field: 'naDeadline', message: 'calls.validation.deadlinePast' });
  }
  if (d.answerBy && d.naDeadline && d.answerBy > d.naDeadline) {
    problems.push({ field: 'answerBy', message: 'calls.validation.answerByAfterDeadline' });
  }
  if (d.naDeadline && d.plannedStart && d.plannedStart <= d.naDeadline) {
    problems.push({ field: 'plannedStart', message: 'calls.validation.startBeforeDeadline' });
  }
  return problems;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (v: string) => ISO_DATE.test(v) && !Number.isNaN(Date.parse(v));
const required = (max: number, min = 1) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'validation.required'),
      z.minLength(min, 'calls.validation.tooShort'),
      z.maxLength(max, 'validation.tooLong'),
    );
const codes = (max: number) => z.array(z.string()).check(z.maxLength(max, 'validation.tooMany'));
const optionalDate = z.string().check(z.refine((v) => v === '' || isDate(v), 'calls.validation.date'));
const wholeIn = (min: number, max: number, message: string) =>
  z.string().check(
    z.refine((v) => {
      if (!/^\d+$/.test(v.trim())) return false;
      const n = Number(v);
      return n >= min && n <= max;
    }, message),
  );

export const soughtSchema = z.object({
  countries: codes(CALL_LIMITS.countries),
  naceSections: codes(CALL_LIMITS.naceSections),
  organisationTypes: codes(CALL_LIMITS.organisationTypes),
  count: wholeIn(CALL_LIMITS.countMin, CALL_LIMITS.countMax, 'calls.validation.count'),
  role: z.enum(['partner', 'associated_partner']),
  tasks: required(CALL_LIMITS.tasks),
});

export const callFormSchema = z
  .object({
    organisationId: z.string().check(z.minLength(1, 'calls.validation.organisation')),
    title: required(CALL_LIMITS.title, CALL_LIMITS.titleMin),
    summary: required(CALL_LIMITS.summary),
    action: z
      .string()
      .check(z.refine((v) => (CALL_ACTIONS as readonly string[]).includes(v), 'calls.validation.action')),
    topics: codes(CALL_LIMITS.topics),
    sought: z
      .array(soughtSchema)
      .check(z.minLength(1, 'calls.validation.soughtNone'), z.maxLength(CALL_LIMITS.sought, 'validation.tooMany')),
    excludedCountries: codes(CALL_LIMITS.countries),
    languages: codes(CALL_LIMITS.languages),
    plannedStart: optionalDate,
    durationMonths: z
      .string()
      .check(
        z.refine(
          (v) => v.trim() === '' || wholeIn(CALL_LIMITS.durationMin, CALL_LIMITS.durationMax, '').safeParse(v).success,
          'calls.validation.duration',
        ),
      ),
    naDeadline: optionalDate,
    answerBy: z.string().check(z.minLength(1, 'validation.required'), z.refine(isDate, 'calls.validation.date')),
  })
  .check(
    // The date rules run even while other fields have problems, so every problem shows at once.
    z.superRefine(
      (values, ctx) => {
        const date = (v: unknown) => (typeof v === 'string' && isDate(v) ? v : '');
        const dates = {
          answerBy: date(values.answerBy),
          naDeadline: date(values.naDeadline),
          plannedStart: date(values.plannedStart),
        };
        for (const p of dateProblems(dates))
          ctx.issues.push({ code: 'custom', message: p.message, path: [p.field], input: values });
        if (Array.isArray(values.sought) && Array.isArray(values.excludedCountries)) {
          if (excludedAlsoSought(values as CallFormValues).length) {
            ctx.issues.push({
              code: 'custom',
              message: 'calls.validation.excludedAlsoSought',
              path: ['excludedCountries'],
              input: values,
            });
          }
        }
      },
      { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
    ),
  );

/** The form paths an API problem can land on ("sought.0.tasks" stays as it is). */
export const CALL_FORM_PATHS = [
  'organisationId',
  'title',
  'summary',
  'action',
  'topics',
  'excludedCountries',
  'languages',
  'plannedStart',
  'durationMonths',
  'naDeadline',
  'answerBy',
] as const;

/** The form's field for a field the API names: list items go to their list ("topics.2" → topics). */
export function callFormPathOf(apiField: string): string | undefined {
  const field = apiField.replace(/\[(\d+)\]/g, '.$1');
  const sought = /^sought\.(\d+)\.(countries|naceSections|organisationTypes|count|role|tasks)/.exec(field);
  if (sought) return `sought.${sought[1]!}.${sought[2]!}`;
  const top = field.split('.')[0] ?? '';
  return (CALL_FORM_PATHS as readonly string[]).includes(top) ? top : undefined;
}

export type CreateCallBody = Schemas['CreateCallDto'];

/** POST /v1/calls from the form (validated first): blanks become null, numbers numbers. */
export function toCreateCallBody(v: CallFormValues, options: { open: boolean; consortiumId?: string }): CreateCallBody {
  const body: CreateCallBody = {
    organisationId: v.organisationId,
    title: v.title.trim(),
    summary: v.summary.trim(),
    action: v.action as CallAction,
    topics: v.topics as CreateCallBody['topics'],
    sought: v.sought.map((s) => ({
      countries: s.countries,
      naceSections: s.naceSections as Schemas['SoughtPartnerDto']['naceSections'],
      organisationTypes: s.organisationTypes as Schemas['SoughtPartnerDto']['organisationTypes'],
      count: Number(s.count),
      role: s.role,
      tasks: s.tasks.trim(),
    })),
    excludedCountries: v.excludedCountries as CreateCallBody['excludedCountries'],
    languages: v.languages as CreateCallBody['languages'],
    plannedStart: v.plannedStart || null,
    durationMonths: v.durationMonths.trim() ? Number(v.durationMonths) : null,
    naDeadline: v.naDeadline || null,
    answerBy: v.answerBy,
    open: options.open,
    kind: 'project',
  };
  return options.consortiumId ? { ...body, kind: 'replacement', consortiumId: options.consortiumId } : body;
}
