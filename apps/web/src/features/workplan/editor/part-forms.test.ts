import { describe, expect, it } from 'vitest';
import type { Workplan } from '../use-workplan';
import { partAnchor, partTitle, typedEuro } from './outline-bits';
import { bodyOf, checkBody, differences, fieldsOf, formSchema, toFormValues } from './part-forms';

const ORG = '6f1c2a8e-0b4e-4d57-9a1a-111111111111';
const OTHER = '6f1c2a8e-0b4e-4d57-9a1a-222222222222';
const activity = {
  id: 'a1',
  version: 3,
  title: 'Write the curriculum',
  kind: 'result_development',
  description: '',
  leadOrganisationId: ORG,
  participantIds: [OTHER],
  startMonth: 3,
  endMonth: 20,
  expectedResults: '',
  amount: 0,
};
const plan = {
  consortiumId: 'c1',
  canManage: true,
  allowed: { lumpSums: [120000, 250000, 400000], minDurationMonths: 12, maxDurationMonths: 36 },
  frame: { lumpSum: 250000, durationMonths: 24, version: 7, updatedAt: '2026-12-01T10:00:00.000Z' },
  workPackages: [{ id: 'w1', number: 1, title: 'Project management', version: 2 }],
  activities: [activity],
  results: [],
  events: [],
  partners: [
    { organisationId: ORG, name: 'EPAL Rethymno' },
    { organisationId: OTHER, name: 'Hoteles Mar Azul' },
  ],
} as unknown as Workplan;

const fields = fieldsOf('activity', true);
const read = toFormValues(fields, activity);
const issues = (values: Record<string, unknown>) =>
  formSchema(fields, plan)
    .safeParse({ ...read, ...values })
    .error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('the editor forms', () => {
  it('send only what changed, as the API types it', () => {
    expect(bodyOf(fields, read, read)).toEqual({});
    expect(bodyOf(fields, { ...read, amount: '49999', participantIds: [OTHER] }, read)).toEqual({ amount: 49999 });
    expect(bodyOf(fields, { ...read, leadOrganisationId: '', participantIds: [] }, read)).toEqual({
      leadOrganisationId: null,
      participantIds: [],
    });
    // A new part sends every field.
    expect(bodyOf(fields, read, undefined)).toMatchObject({ title: 'Write the curriculum', startMonth: 3, amount: 0 });
  });

  it('check a draft at the version the plan holds now, and not one the plan lost', () => {
    expect(checkBody(plan, { kind: 'activity', id: 'a1', values: { amount: 1 } })).toEqual({
      part: 'activity',
      id: 'a1',
      values: { amount: 1, version: 3 },
    });
    expect(checkBody(plan, { kind: 'frame', values: { durationMonths: 13 } })).toEqual({
      part: 'frame',
      values: { durationMonths: 13, version: 7 },
    });
    expect(checkBody(plan, { kind: 'result', values: { title: 'New' } })).toEqual({
      part: 'result',
      values: { title: 'New' },
    });
    expect(checkBody(plan, { kind: 'activity', id: 'gone', values: {} })).toBeNull();
  });

  it('keep months within the duration, its last month included', () => {
    expect(issues({ endMonth: '24' })).toEqual([]);
    expect(issues({ endMonth: '25' })).toEqual(['endMonth: workplan.editor.validation.month']);
    expect(issues({ startMonth: '0' })).toEqual(['startMonth: workplan.editor.validation.month']);
    expect(issues({ startMonth: '10', endMonth: '9' })).toEqual([
      'endMonth: workplan.editor.validation.endBeforeStart',
    ]);
    expect(issues({ title: 'x', amount: '250001' })).toEqual([
      'title: workplan.editor.validation.titleShort',
      'amount: workplan.editor.validation.euro',
    ]);
    expect(issues({ amount: '12.5' })).toEqual(['amount: workplan.editor.validation.euro']);
  });

  it('leave the share of a work package to the coordinator', () => {
    expect(fieldsOf('work_package', true).map((f) => f.name)).toContain('amount');
    expect(fieldsOf('work_package', false).map((f) => f.name)).not.toContain('amount');
    expect(fieldsOf('activity', false).map((f) => f.name)).toContain('amount');
  });

  it('name what someone else changed beside what the user typed', () => {
    const typed = { ...read, title: 'Write it with employers' };
    const current = { ...activity, expectedResults: '10 modules', version: 4 };
    expect(differences(fields, typed, current)).toEqual(['title', 'expectedResults']);
    expect(differences(fields, read, activity)).toEqual([]);
  });

  it('show euros, anchors and names', () => {
    expect(typedEuro('199999')).toBe('€199,999');
    expect(typedEuro('1 9')).toBeUndefined();
    expect(partAnchor('work_package', 'w1')).toBe('workplan-work-package-w1');
    expect(partTitle(plan, 'work_package', 'w1')).toBe('WP1 Project management');
    expect(partTitle(plan, 'member', OTHER)).toBe('Hoteles Mar Azul');
    expect(partTitle(plan, 'activity', 'new')).toBeUndefined();
  });
});
