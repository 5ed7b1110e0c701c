import { describe, expect, it } from 'vitest';
import {
  callFormPathOf,
  callFormSchema,
  dateProblems,
  emptyCall,
  toCreateCallBody,
  type CallFormValues,
} from './call-form';

const valid = (): CallFormValues => ({
  ...emptyCall('6f1c2a8e-0b4e-4d57-9a1a-111111111111'),
  title: 'Green welding',
  summary: 'Apprenticeships in welding for the green transition.',
  action: 'KA220-VET',
  sought: [
    {
      countries: ['PT'],
      naceSections: ['C'],
      organisationTypes: [],
      count: '2',
      role: 'partner',
      tasks: 'Host apprentices',
    },
  ],
  answerBy: '2099-01-10',
  naDeadline: '2099-03-05',
  plannedStart: '2099-11-01',
  durationMonths: '24',
});

const issues = (v: CallFormValues) => {
  const r = callFormSchema.safeParse(v);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('the call form', () => {
  it('accepts a complete call', () => {
    expect(issues(valid())).toEqual([]);
  });

  it('holds the API limits: title 3 to 200, tasks required, count 1 to 10, duration 6 to 36, 60 excluded countries', () => {
    expect(issues({ ...valid(), title: 'ab' })).toContain('title:calls.validation.tooShort');
    expect(issues({ ...valid(), title: 'x'.repeat(201) })).toContain('title:validation.tooLong');
    const v = valid();
    v.sought[0]!.tasks = ' ';
    v.sought[0]!.count = '11';
    expect(issues(v)).toEqual(
      expect.arrayContaining(['sought.0.tasks:validation.required', 'sought.0.count:calls.validation.count']),
    );
    expect(issues({ ...valid(), durationMonths: '5' })).toContain('durationMonths:calls.validation.duration');
    expect(issues({ ...valid(), durationMonths: '' })).toEqual([]);
    expect(issues({ ...valid(), topics: Array.from({ length: 16 }, (_, i) => `t${i}`) })).toContain(
      'topics:validation.tooMany',
    );
    expect(issues({ ...valid(), sought: [] })).toContain('sought:calls.validation.soughtNone');
    expect(issues({ ...valid(), action: '' })).toContain('action:calls.validation.action');
    expect(issues({ ...valid(), excludedCountries: Array.from({ length: 61 }, (_, i) => `C${i}`) })).toContain(
      'excludedCountries:validation.tooMany',
    );
  });

  it('refuses a country both sought and excluded, as the API does', () => {
    expect(issues({ ...valid(), excludedCountries: ['DE', 'CZ'] })).toEqual([]);
    expect(issues({ ...valid(), excludedCountries: ['DE', 'PT'] })).toEqual([
      'excludedCountries:calls.validation.excludedAlsoSought',
    ]);
    expect(callFormPathOf('excludedCountries')).toBe('excludedCountries');
  });

  it('checks the dates as the API does', () => {
    const d = { answerBy: '2027-01-10', naDeadline: '2027-03-05', plannedStart: '2027-11-01' };
    expect(dateProblems(d, '2027-01-10')).toEqual([]);
    expect(dateProblems(d, '2027-01-11').map((p) => p.message)).toEqual(['calls.validation.answerByPast']);
    expect(dateProblems({ ...d, answerBy: '2027-03-06' }, '2027-01-01').map((p) => p.field)).toEqual(['answerBy']);
    expect(dateProblems({ ...d, plannedStart: '2027-03-05' }, '2027-01-01').map((p) => p.field)).toEqual([
      'plannedStart',
    ]);
    expect(dateProblems({ answerBy: '2027-05-01', naDeadline: '', plannedStart: '' }, '2027-01-01')).toEqual([]);
    expect(issues({ ...valid(), answerBy: '2099-04-01' })).toContain('answerBy:calls.validation.answerByAfterDeadline');
    expect(dateProblems({ ...d, answerBy: '' }, '2027-03-06').map((p) => p.message)).toEqual([
      'calls.validation.deadlinePast',
    ]);
  });

  it('shows the date problems together with the other problems', () => {
    const v = { ...valid(), title: '', naDeadline: '2020-01-01', plannedStart: '2019-06-01' };
    expect(issues(v)).toEqual(
      expect.arrayContaining([
        'title:validation.required',
        'answerBy:calls.validation.answerByAfterDeadline',
        'naDeadline:calls.validation.deadlinePast',
        'plannedStart:calls.validation.startBeforeDeadline',
      ]),
    );
  });

  it('builds the request: blanks as null, numbers as numbers, a replacement with its consortium', () => {
    const body = toCreateCallBody({ ...valid(), durationMonths: '', plannedStart: '' }, { open: true });
    expect(body).toMatchObject({ durationMonths: null, plannedStart: null, open: true, kind: 'project' });
    expect(body.sought[0]).toMatchObject({ count: 2, tasks: 'Host apprentices' });
    expect(body.excludedCountries).toEqual([]);
    expect(toCreateCallBody({ ...valid(), excludedCountries: ['DE'] }, { open: true }).excludedCountries).toEqual([
      'DE',
    ]);
    expect(toCreateCallBody(valid(), { open: false, consortiumId: 'c1' })).toMatchObject({
      kind: 'replacement',
      consortiumId: 'c1',
    });
  });

  it('places API field names on form fields', () => {
    expect(callFormPathOf('topics.2')).toBe('topics');
    expect(callFormPathOf('sought.1.tasks')).toBe('sought.1.tasks');
    expect(callFormPathOf('sought[0].count')).toBe('sought.0.count');
    expect(callFormPathOf('kind')).toBeUndefined();
  });
});
