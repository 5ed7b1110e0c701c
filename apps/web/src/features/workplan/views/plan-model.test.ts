import { describe, expect, it } from 'vitest';
import {
  activityRows,
  barGeometry,
  budgetBar,
  filterActivities,
  monthLabels,
  monthRuns,
  partnersTotal,
  roleMatrix,
  sortActivities,
  timelineGroups,
  workPackageBudget,
} from './plan-model';
import { A, activity, B, C, partner, plan, wp } from './plan-builders';

const utcMonth = (lang: string) => (d: Date) =>
  new Intl.DateTimeFormat(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);

describe('month labels', () => {
  it('counts M1…Mn while no start is planned', () => {
    expect(monthLabels(3, null, utcMonth('en-GB'))).toEqual(['M1', 'M2', 'M3']);
  });

  it('names calendar months from the planned start, across a year end', () => {
    expect(monthLabels(3, '2027-11-01', utcMonth('en-GB'))).toEqual(['Nov 2027', 'Dec 2027', 'Jan 2028']);
    expect(monthLabels(1, '2027-03-15', utcMonth('el-GR'))[0]).toMatch(/Μαρ.*2027/);
  });

  it('runs consecutive months together', () => {
    expect(monthRuns([8, 1, 2, 3, 7, 3])).toEqual([
      [1, 3],
      [7, 8],
    ]);
    expect(monthRuns([])).toEqual([]);
  });
});

describe('bar geometry', () => {
  it('places a bar from its start to its end month, both included', () => {
    expect(barGeometry(1, 24, 24)).toEqual({ left: 0, width: 100, before: false, after: false });
    expect(barGeometry(3, 4, 10)).toEqual({ left: 20, width: 20, before: false, after: false });
    expect(barGeometry(24, 24, 24)).toMatchObject({ width: (1 / 24) * 100, after: false });
  });

  it('cuts a bar off at the last month and says it runs past', () => {
    expect(barGeometry(3, 26, 24)).toMatchObject({ left: (2 / 24) * 100, width: (22 / 24) * 100, after: true });
    expect(barGeometry(30, 32, 24)).toMatchObject({ width: 0, after: true });
  });
});

describe('the budget bar', () => {
  const packages = [wp('w2', 2, 150_000, B), wp('w1', 1, 50_000, A)];

  it('draws work packages in number order against the lump sum, and what is left', () => {
    const bar = budgetBar(plan({ workPackages: packages, allocated: 200_000 }));
    expect(bar.segments.map((s) => [s.label, s.share])).toEqual([
      ['WP1', 20],
      ['WP2', 60],
    ]);
    expect(bar).toMatchObject({ status: 'under', difference: 50_000, rest: 20 });
  });

  it('scales to the allocation when it overruns the lump sum', () => {
    const bar = budgetBar(
      plan({ workPackages: [wp('w1', 1, 100_000, A), wp('w2', 2, 150_000, B)], lumpSum: 200_000, allocated: 250_000 }),
    );
    expect(bar).toMatchObject({ status: 'over', difference: -50_000, rest: 20 });
    expect(bar.segments.map((s) => s.share)).toEqual([40, 60]);
  });

  it('is exact at the lump sum, and unset before one is chosen', () => {
    expect(budgetBar(plan({ workPackages: packages, lumpSum: 200_000, allocated: 200_000 }))).toMatchObject({
      status: 'exact',
      rest: 0,
    });
    expect(budgetBar(plan({ lumpSum: null, allocated: 0 }))).toMatchObject({ status: 'unset', segments: [] });
  });

  it('draws activities for KA210-VET', () => {
    const bar = budgetBar(
      plan({
        ka210: true,
        lumpSum: 60_000,
        allocated: 60_000,
        activities: [activity('x', null, 1, 2, 30_000, A), activity('y', null, 1, 2, 30_000, B)],
      }),
    );
    expect(bar.segments.map((s) => [s.label, s.share])).toEqual([
      ['A1', 50],
      ['A2', 50],
    ]);
  });
});

describe('the activities table', () => {
  const p = plan({
    workPackages: [wp('w1', 1, 0, A), wp('w2', 2, 0, B)],
    activities: [
      activity('late', 'w2', 5, 9, 10, B, [A]),
      activity('early', 'w2', 2, 3, 30, B),
      activity('mgmt', 'w1', 1, 24, 20, A, [B, C]),
    ],
  });
  const collator = new Intl.Collator('en');

  it('names the work package, lead and participants from the partners', () => {
    const [late] = activityRows(p);
    expect(late).toMatchObject({ wpNumber: 2, wpTitle: 'Package 2', leadName: 'Beta', participantNames: ['Alpha'] });
  });

  it('sorts by plan order, start, amount and title', () => {
    const ids = (sort: Parameters<typeof sortActivities>[1]) =>
      sortActivities(activityRows(p), sort, collator).map((r) => r.activity.id);
    expect(ids('plan')).toEqual(['mgmt', 'early', 'late']);
    expect(ids('start')).toEqual(['mgmt', 'early', 'late']);
    expect(ids('amount')).toEqual(['early', 'mgmt', 'late']);
    expect(ids('title')).toEqual(['early', 'late', 'mgmt']);
  });

  it('filters by work package and by a partner leading or taking part', () => {
    const ids = (f: Parameters<typeof filterActivities>[1]) =>
      filterActivities(activityRows(p), f).map((r) => r.activity.id);
    expect(ids({ wp: 'w2' })).toEqual(['late', 'early']);
    expect(ids({ partner: A })).toEqual(['late', 'mgmt']);
    expect(ids({ partner: C })).toEqual(['mgmt']);
    expect(ids({ wp: 'w1', partner: B })).toEqual(['mgmt']);
  });

  it('groups the timeline by work package, each by start month', () => {
    const groups = timelineGroups(p);
    expect(groups.map((g) => [g.workPackage?.number, g.activities.map((a) => a.id)])).toEqual([
      [1, ['mgmt']],
      [2, ['early', 'late']],
    ]);
  });
});

describe('the partners × work packages matrix', () => {
  it('says who leads and who takes part, and flags a partner with no role', () => {
    const m = roleMatrix(plan({ workPackages: [wp('w2', 2, 0, B, [A]), wp('w1', 1, 0, A, [B])] }));
    expect(m.columns.map((c) => c.label)).toEqual(['WP1', 'WP2']);
    expect(m.rows.map((r) => [r.name, r.cells, r.idle])).toEqual([
      ['Alpha', ['lead', 'participant'], false],
      ['Beta', ['participant', 'lead'], false],
      ['Gamma', ['none', 'none'], true],
    ]);
  });

  it('uses the activities as columns for KA210-VET', () => {
    const m = roleMatrix(plan({ ka210: true, activities: [activity('x', null, 1, 2, 0, C, [A])] }));
    expect(m.columns.map((c) => c.label)).toEqual(['A1']);
    expect(m.rows.map((r) => r.cells[0])).toEqual(['participant', 'none', 'lead']);
  });
});

describe('the budget per work package', () => {
  it('sets each share beside what its activities add up to', () => {
    const rows = workPackageBudget(
      plan({
        workPackages: [wp('w1', 1, 50_000, A), wp('w2', 2, 150_000, null)],
        activities: [activity('a', 'w2', 1, 2, 100_000, B), activity('b', 'w2', 1, 2, 20_000, B)],
      }),
    );
    expect(rows.map((r) => [r.label, r.leadName, r.amount, r.activities])).toEqual([
      ['WP1', 'Alpha', 50_000, 0],
      ['WP2', null, 150_000, 120_000],
    ]);
  });
});

describe('the partners’ total', () => {
  const withShares = (allocated: number, shares: number[]) =>
    plan({ allocated, partners: shares.map((budget, i) => ({ ...partner([A, B, C][i]!, `P${i}`, []), budget })) });

  it('is the allocation when the rounded shares miss it by cents', () => {
    expect(partnersTotal(withShares(250_000, [16_666.67, 116_666.67, 116_666.67]))).toBe(250_000);
    expect(partnersTotal(withShares(100, [33.33, 33.33, 33.33]))).toBe(100);
  });

  it('shows a real gap as it is', () => {
    expect(partnersTotal(withShares(250_000, [50_000, 100_000, 0]))).toBe(150_000);
  });
});
