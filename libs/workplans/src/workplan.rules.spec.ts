import { WORKPLAN_RULES } from '@syndesmos/taxonomies';
import type { Activity, ProjectResult, WorkPackage, Workplan, WorkplanEvent } from './workplan.model';
import { partnerViews } from './partner-view';
import { CURRENT_WORKPLAN_RULES, workplanReport } from './workplan.rules';

const at = new Date('2026-12-01T00:00:00Z');
const wp = (id: string, over: Partial<WorkPackage> = {}): WorkPackage => ({
  id,
  number: 1,
  management: false,
  title: id,
  objectives: '',
  indicators: '',
  leadOrganisationId: 'gr',
  participantIds: [],
  amount: 0,
  version: 1,
  updatedAt: at,
  ...over,
});
const activity = (id: string, over: Partial<Activity> = {}): Activity => ({
  id,
  workPackageId: null,
  title: id,
  description: '',
  kind: 'result_development',
  leadOrganisationId: 'gr',
  participantIds: [],
  startMonth: 1,
  endMonth: 24,
  expectedResults: '',
  amount: 0,
  version: 1,
  updatedAt: at,
  ...over,
});
const result = (id: string, over: Partial<ProjectResult> = {}): ProjectResult => ({
  id,
  title: id,
  description: '',
  type: 'curriculum',
  languages: ['en'],
  targetGroups: [],
  leadOrganisationId: 'pt',
  contributorIds: [],
  dueMonth: 12,
  activityIds: ['a2'],
  version: 1,
  updatedAt: at,
  ...over,
});
const event = (id: string, over: Partial<WorkplanEvent> = {}): WorkplanEvent => ({
  id,
  title: id,
  description: '',
  hostOrganisationId: 'es',
  country: 'ES',
  month: 20,
  participantsLocal: 30,
  participantsInternational: 10,
  resultIds: ['r1'],
  version: 1,
  updatedAt: at,
  ...over,
});

/** A KA220-VET plan of 250,000 EUR over 24 months that passes every rule. */
function ka220(over: Partial<Workplan> = {}): Workplan {
  return {
    consortiumId: 'c',
    action: 'KA220-VET',
    coordinatorId: 'gr',
    lumpSum: 250_000,
    durationMonths: 24,
    plannedStart: '2027-09-01',
    aim: 'innovation',
    summary: '',
    version: 1,
    updatedAt: at,
    members: [
      { organisationId: 'gr', name: 'KEK Patras', country: 'GR', role: 'coordinator' },
      { organisationId: 'pt', name: 'Porto Metalworks', country: 'PT', role: 'partner' },
      { organisationId: 'es', name: 'Cámara Sevilla', country: 'ES', role: 'partner' },
    ],
    workPackages: [
      wp('wp1', { management: true, amount: 50_000 }),
      wp('wp2', { number: 2, leadOrganisationId: 'pt', amount: 200_000 }),
    ],
    activities: [
      activity('a1', { workPackageId: 'wp1', amount: 50_000 }),
      activity('a2', { workPackageId: 'wp2', leadOrganisationId: 'pt', participantIds: ['es'], amount: 200_000 }),
    ],
    results: [result('r1')],
    events: [event('e1')],
    ...over,
  };
}

const rule = (plan: Workplan, id: string, locale: 'en' | 'el' = 'en') =>
  workplanReport(plan, CURRENT_WORKPLAN_RULES, locale).rules.find((r) => r.rule === id)!;

describe('workplanReport', () => {
  it('passes a complete KA220-VET plan on every rule', () => {
    const report = workplanReport(ka220());
    expect(report.rules.map((r) => [r.rule, r.passed])).toEqual(Object.keys(WORKPLAN_RULES).map((id) => [id, true]));
    expect(report).toMatchObject({ passed: true, errors: 0, warnings: 0, allocated: 250_000, lumpSum: 250_000 });
  });

  it('wants the amounts to add up to the lump sum to the euro', () => {
    const plan = ka220();
    plan.workPackages[1]!.amount = 199_999;
    const r = rule(plan, 'budget_matches_lump_sum');
    expect(r).toMatchObject({ passed: false, severity: 'error' });
    expect(r.reason).toBe(
      'The amounts add up to 249,999 EUR, not the lump sum of 250,000 EUR: the lump sum is spent in full, no more, no less',
    );
    expect(rule(plan, 'budget_matches_lump_sum', 'el').reason).toContain('249.999 EUR');
    plan.workPackages[1]!.amount = 200_001;
    expect(rule(plan, 'budget_matches_lump_sum').passed).toBe(false);
    expect(workplanReport(plan).passed).toBe(false);
  });

  it('allows project management exactly 20 % of the lump sum, not a euro more', () => {
    const plan = ka220();
    expect(rule(plan, 'project_management_share')).toMatchObject({ passed: true });
    expect(rule(plan, 'project_management_share').reason).toContain('20 %');
    plan.workPackages[0]!.amount = 50_001;
    plan.workPackages[1]!.amount = 199_999;
    const r = rule(plan, 'project_management_share');
    expect(r).toMatchObject({ passed: false, severity: 'error', items: [{ part: 'work_package', id: 'wp1' }] });
    expect(rule(plan, 'budget_matches_lump_sum').passed).toBe(true);
  });

  it('accepts an activity in the last month of the project and refuses one past it', () => {
    const plan = ka220();
    plan.activities[1]!.endMonth = 24;
    expect(rule(plan, 'activities_within_duration').passed).toBe(true);
    plan.activities[1]!.endMonth = 25;
    const r = rule(plan, 'activities_within_duration');
    expect(r).toMatchObject({ passed: false, items: [{ part: 'activity', id: 'a2' }] });
    expect(r.reason).toBe('Activities must lie within the project’s 24 months: a2');
  });

  it('says to choose the frame first when the lump sum or duration is not set', () => {
    const plan = ka220({ lumpSum: null, durationMonths: null });
    for (const id of ['budget_matches_lump_sum', 'project_management_share', 'activities_within_duration']) {
      expect(rule(plan, id)).toMatchObject({ passed: false, reason: expect.stringContaining('Choose the lump sum') });
    }
  });

  it('wants every result led and produced by an activity', () => {
    expect(
      rule(ka220({ results: [result('r1', { leadOrganisationId: null })] }), 'results_have_lead_and_activity'),
    ).toMatchObject({ passed: false, items: [{ part: 'result', id: 'r1' }] });
    const orphan = ka220({ results: [result('r1'), result('r2', { activityIds: [], leadOrganisationId: 'gr' })] });
    expect(rule(orphan, 'results_have_lead_and_activity')).toMatchObject({
      passed: false,
      items: [{ part: 'result', id: 'r2' }],
    });
  });

  it('lets an event present a result due in its month, not one due later', () => {
    expect(rule(ka220({ events: [event('e1', { month: 12 })] }), 'events_present_results_due').passed).toBe(true);
    const r = rule(ka220({ events: [event('e1', { month: 11 })] }), 'events_present_results_due');
    expect(r).toMatchObject({ passed: false, items: [{ part: 'event', id: 'e1' }] });
    expect(r.reason).toContain('e1 (r1)');
  });

  it('flags a member with nothing to do, in English and Greek', () => {
    const plan = ka220();
    plan.members.push({ organisationId: 'de', name: 'BBS Köln', country: 'DE', role: 'associated_partner' });
    const r = rule(plan, 'every_member_has_a_role');
    expect(r).toMatchObject({ passed: false, severity: 'error', items: [{ part: 'member', id: 'de' }] });
    expect(r.reason).toBe('Every member takes part in the work; these have nothing to do yet: BBS Köln');
    expect(rule(plan, 'every_member_has_a_role', 'el').reason).toContain('δεν έχουν ακόμη καμία εργασία: BBS Köln');
    // Taking part in one activity is a role.
    plan.activities[0]!.participantIds = ['de'];
    expect(rule(plan, 'every_member_has_a_role').passed).toBe(true);
  });

  it('warns, without failing the plan, past five work packages including WP1', () => {
    const five = ka220();
    five.workPackages.push(wp('wp3'), wp('wp4'), wp('wp5'));
    expect(rule(five, 'recommended_work_packages').passed).toBe(true);
    five.workPackages.push(wp('wp6'));
    const report = workplanReport(five);
    expect(rule(five, 'recommended_work_packages')).toMatchObject({ passed: false, severity: 'warning' });
    expect(report).toMatchObject({ passed: true, errors: 0, warnings: 1 });
  });

  it('checks a KA210-VET plan on its activities, without work-package rules', () => {
    const plan = ka220({
      action: 'KA210-VET',
      lumpSum: 60_000,
      durationMonths: 12,
      workPackages: [],
      activities: [
        activity('a1', { endMonth: 12, amount: 40_000, participantIds: ['es'] }),
        activity('a2', { endMonth: 12, amount: 20_000, leadOrganisationId: 'pt' }),
      ],
      events: [event('e1', { month: 12 })],
    });
    const report = workplanReport(plan);
    expect(report.rules.map((r) => r.rule)).not.toContain('project_management_share');
    expect(report.rules.map((r) => r.rule)).not.toContain('recommended_work_packages');
    expect(report).toMatchObject({ passed: true, allocated: 60_000 });
  });

  it('takes its values from the rule set it is given (next year’s guide is data)', () => {
    const frames = structuredClone(CURRENT_WORKPLAN_RULES.frames);
    frames['KA220-VET'].maxProjectManagementPercent = 15;
    expect(rule(ka220(), 'project_management_share').passed).toBe(true);
    const r = workplanReport(ka220(), { ...CURRENT_WORKPLAN_RULES, frames }).rules[1]!;
    expect(r).toMatchObject({ rule: 'project_management_share', passed: false });
  });
});

describe('partnerViews', () => {
  it('derives each member’s roles, months and share of the budget', () => {
    const [gr, pt, es] = partnerViews(ka220());
    expect(gr).toMatchObject({ roles: ['activity_lead', 'work_package_lead'], budget: 50_000 });
    expect(gr!.activeMonths).toHaveLength(24);
    expect(pt).toMatchObject({ leads: { workPackages: ['wp2'], activities: ['a2'], results: ['r1'], events: [] } });
    expect(pt!.budget + es!.budget).toBe(200_000);
    expect(es).toMatchObject({ takesPart: { activities: ['a2'] }, leads: { events: ['e1'] }, budget: 100_000 });
  });
});
