import { z } from 'zod/mini';
import type { Schemas } from '../../../api/client';
import type { Workplan } from '../use-workplan';

// The editor's forms as data: which fields each part has, how a form's string values become the
// body of its write (only what changed, for a change), and the rules a form checks before the
// API does (the limits of the write DTOs in openapi.json, months within the project).

export type PartKind = 'work_package' | 'activity' | 'result' | 'event';
export type EditedKind = PartKind | 'frame';
export type CheckBody = Schemas['CheckWorkplanDto'];

export type FieldKind =
  'text' | 'textarea' | 'euro' | 'month' | 'count' | 'duration' | 'date' | 'lead' | 'members' | 'choice' | 'choices';

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  required?: boolean;
  /** The choices of a `choice` / `choices` field, by code; `lead` and `members` take the plan's partners. */
  options?:
    | 'activityKinds'
    | 'resultTypes'
    | 'aims'
    | 'lumpSums'
    | 'languages'
    | 'targetGroups'
    | 'countries'
    | 'activities'
    | 'results';
}

type ActivityKind = Schemas['ActivityResponseDto']['kind'];
type ResultType = Schemas['ResultResponseDto']['type'];
// Every code of the API's enums, once: a code the API adds or drops is a type error here.
const ACTIVITY_KIND_SET: Record<ActivityKind, true> = {
  result_development: true,
  transnational_meeting: true,
  learning_teaching_training: true,
  multiplier_event: true,
  dissemination: true,
  quality_assurance: true,
  project_management: true,
  other: true,
};
const RESULT_TYPE_SET: Record<ResultType, true> = {
  curriculum: true,
  training_material: true,
  open_educational_resource: true,
  tool_or_platform: true,
  study: true,
  guidelines: true,
  other: true,
};
export const ACTIVITY_KINDS = Object.keys(ACTIVITY_KIND_SET) as ActivityKind[];
export const RESULT_TYPES = Object.keys(RESULT_TYPE_SET) as ResultType[];
export const AIMS = ['innovation', 'exchange_of_good_practices'] as const;

/** The write DTOs' limits. */
export const LIMITS = { titleMin: 2, title: 200, text: 5000, count: 100000, members: 50, links: 100 } as const;

const FIELDS: Record<EditedKind, FieldSpec[]> = {
  frame: [
    { name: 'lumpSum', kind: 'choice', options: 'lumpSums' },
    { name: 'durationMonths', kind: 'duration' },
    { name: 'plannedStart', kind: 'date' },
    { name: 'aim', kind: 'choice', options: 'aims' },
    { name: 'summary', kind: 'textarea' },
  ],
  work_package: [
    { name: 'title', kind: 'text', required: true },
    { name: 'objectives', kind: 'textarea' },
    { name: 'indicators', kind: 'textarea' },
    { name: 'leadOrganisationId', kind: 'lead' },
    { name: 'participantIds', kind: 'members' },
    { name: 'amount', kind: 'euro' },
  ],
  activity: [
    { name: 'title', kind: 'text', required: true },
    { name: 'kind', kind: 'choice', options: 'activityKinds', required: true },
    { name: 'description', kind: 'textarea' },
    { name: 'leadOrganisationId', kind: 'lead' },
    { name: 'participantIds', kind: 'members' },
    { name: 'startMonth', kind: 'month', required: true },
    { name: 'endMonth', kind: 'month', required: true },
    { name: 'expectedResults', kind: 'textarea' },
    { name: 'amount', kind: 'euro' },
  ],
  result: [
    { name: 'title', kind: 'text', required: true },
    { name: 'type', kind: 'choice', options: 'resultTypes', required: true },
    { name: 'description', kind: 'textarea' },
    { name: 'leadOrganisationId', kind: 'lead' },
    { name: 'contributorIds', kind: 'members' },
    { name: 'dueMonth', kind: 'month', required: true },
    { name: 'activityIds', kind: 'choices', options: 'activities' },
    { name: 'languages', kind: 'choices', options: 'languages' },
    { name: 'targetGroups', kind: 'choices', options: 'targetGroups' },
  ],
  event: [
    { name: 'title', kind: 'text', required: true },
    { name: 'description', kind: 'textarea' },
    { name: 'hostOrganisationId', kind: 'lead' },
    { name: 'country', kind: 'choice', options: 'countries', required: true },
    { name: 'month', kind: 'month', required: true },
    { name: 'participantsLocal', kind: 'count' },
    { name: 'participantsInternational', kind: 'count' },
    { name: 'resultIds', kind: 'choices', options: 'results' },
  ],
};

/** The fields a person edits: a work package's share of the lump sum is the coordinator's. */
export function fieldsOf(kind: EditedKind, canManage: boolean): FieldSpec[] {
  return FIELDS[kind].filter((f) => canManage || kind !== 'work_package' || f.name !== 'amount');
}

/** A form's values: text for every single value, lists of codes or ids for the rest. */
export type FormValues = Record<string, string | string[]>;

const NUMBER_KINDS: ReadonlySet<FieldKind> = new Set(['euro', 'month', 'count', 'duration']);
const LIST_KINDS: ReadonlySet<FieldKind> = new Set(['members', 'choices']);
/** Fields the API lets be null ("not chosen"). */
const NULLABLE = new Set([
  'lumpSum',
  'durationMonths',
  'plannedStart',
  'aim',
  'leadOrganisationId',
  'hostOrganisationId',
]);

/** A saved part (or the frame) as form values. */
export function toFormValues(fields: FieldSpec[], part: Record<string, unknown> | undefined): FormValues {
  const values: FormValues = {};
  for (const f of fields) {
    const v = part?.[f.name];
    if (LIST_KINDS.has(f.kind)) values[f.name] = Array.isArray(v) ? v.map(String) : [];
    else values[f.name] = v === null || v === undefined ? '' : String(v);
  }
  return values;
}

/** A form value as the API takes it. */
export function toApiValue(f: FieldSpec, v: string | string[] | undefined): unknown {
  if (LIST_KINDS.has(f.kind)) return Array.isArray(v) ? [...v] : [];
  const text = typeof v === 'string' ? v : '';
  if (NUMBER_KINDS.has(f.kind) || f.name === 'lumpSum') {
    if (text.trim() === '') return NULLABLE.has(f.name) ? null : 0;
    return Number(text.trim());
  }
  if (text === '' && NULLABLE.has(f.name)) return null;
  return text;
}

const sameSet = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x) => b.includes(x));

/** The values a write sends: every field for a new part, only what changed from what was read otherwise. */
export function bodyOf(fields: FieldSpec[], values: FormValues, read: FormValues | undefined): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const f of fields) {
    const next = toApiValue(f, values[f.name]);
    if (read) {
      const before = toApiValue(f, read[f.name]);
      if (before === next || sameSet(before, next)) continue;
    }
    body[f.name] = next;
  }
  return body;
}

/** The fields whose saved value (`current`, as the API sends a part) differs from the form's. */
export function differences(fields: FieldSpec[], values: FormValues, current: Record<string, unknown>): string[] {
  return fields
    .filter((f) => {
      const mine = toApiValue(f, values[f.name]);
      const theirs = toApiValue(f, toFormValues([f], current)[f.name]);
      return !(mine === theirs || sameSet(mine, theirs));
    })
    .map((f) => f.name);
}

/** A form's unsaved values: a new part (no id), a changed one, or the frame. */
export interface Draft {
  kind: EditedKind;
  id?: string;
  values: Record<string, unknown>;
}

/** The saved part (or frame) a target names in the plan; undefined once it is gone. */
export function savedPart(
  plan: Workplan,
  target: { kind: EditedKind; id?: string },
): (Record<string, unknown> & { version: number }) | undefined {
  if (target.kind === 'frame') return plan.frame;
  const list = {
    work_package: plan.workPackages,
    activity: plan.activities,
    result: plan.results,
    event: plan.events,
  }[target.kind] as (Record<string, unknown> & { id: string; version: number })[];
  return list.find((p) => p.id === target.id);
}

/** What a check sends for a draft: its write body at the version the plan holds now; null once
 *  the part is gone from the plan. */
export function checkBody(plan: Workplan, draft: Draft): CheckBody | null {
  if (!draft.id && draft.kind !== 'frame') return { part: draft.kind, values: { ...draft.values } };
  const part = savedPart(plan, draft);
  if (!part) return null;
  return {
    part: draft.kind,
    ...(draft.id ? { id: draft.id } : {}),
    values: { ...draft.values, version: part.version },
  };
}

/** The last month an activity, result or event may name: the duration, else the longest any action allows. */
export function lastMonth(plan: Pick<Workplan, 'frame' | 'allowed'>): number {
  return plan.frame.durationMonths ?? plan.allowed.maxDurationMonths;
}

const whole = (v: string) => /^\d+$/.test(v.trim());

/** The form's own checks (catalogue keys as messages), so a form says what is wrong before it asks. */
export function formSchema(fields: FieldSpec[], plan: Pick<Workplan, 'frame' | 'allowed'>) {
  const months = lastMonth(plan);
  const lumpSum = plan.frame.lumpSum ?? Math.max(...plan.allowed.lumpSums);
  const shape: Record<string, z.ZodMiniType> = {};
  for (const f of fields) {
    if (LIST_KINDS.has(f.kind)) {
      shape[f.name] = z.array(z.string()).check(z.maxLength(LIMITS.links, 'validation.tooMany'));
      continue;
    }
    const text = z.string();
    const required = f.required ? [z.minLength(1, 'validation.required')] : [];
    const range = (min: number, max: number, key: string) =>
      z.refine(
        (v: unknown) => typeof v !== 'string' || v.trim() === '' || (whole(v) && Number(v) >= min && Number(v) <= max),
        key,
      );
    switch (f.kind) {
      case 'text':
        shape[f.name] = text.check(
          z.trim(),
          ...required,
          z.minLength(LIMITS.titleMin, 'workplan.editor.validation.titleShort'),
          z.maxLength(LIMITS.title, 'validation.tooLong'),
        );
        break;
      case 'textarea':
        shape[f.name] = text.check(z.maxLength(LIMITS.text, 'validation.tooLong'));
        break;
      case 'month':
        shape[f.name] = text.check(...required, range(1, months, 'workplan.editor.validation.month'));
        break;
      case 'euro':
        shape[f.name] = text.check(range(0, lumpSum, 'workplan.editor.validation.euro'));
        break;
      case 'count':
        shape[f.name] = text.check(range(0, LIMITS.count, 'workplan.editor.validation.count'));
        break;
      case 'duration':
        shape[f.name] = text.check(
          range(plan.allowed.minDurationMonths, plan.allowed.maxDurationMonths, 'workplan.editor.validation.duration'),
        );
        break;
      default:
        shape[f.name] = text.check(...required);
    }
  }
  return z.object(shape).check(
    z.superRefine((v, ctx) => {
      const start = v.startMonth;
      const end = v.endMonth;
      if (
        typeof start === 'string' &&
        typeof end === 'string' &&
        whole(start) &&
        whole(end) &&
        Number(end) < Number(start)
      ) {
        ctx.issues.push({
          code: 'custom',
          message: 'workplan.editor.validation.endBeforeStart',
          path: ['endMonth'],
          input: v,
        });
      }
    }),
  );
}
