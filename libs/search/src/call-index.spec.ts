import { buildCallSearch, dayToUnix, OPEN_CALLS } from './call-index';

describe('call search query', () => {
  const today = '2027-01-10';

  it('always shows open calls whose answer-by day has not passed, first', () => {
    expect(buildCallSearch({ today }).params.filter).toEqual([OPEN_CALLS, `answerBy >= ${dayToUnix(today)}`]);
  });

  it('turns "calls my organisation fits" into: not mine, not excluding my country, and each sought dimension matches or is open', () => {
    const { params } = buildCallSearch({
      today,
      fits: { organisationId: 'org-1', country: 'PT', naceSections: ['C', 'G'], organisationType: 'sme' },
    });
    expect((params.filter as string[]).slice(2)).toEqual([
      'organisationId != "org-1"',
      '(anyCountry = true OR soughtCountries = "PT")',
      'NOT excludedCountries = "PT"',
      '(anyType = true OR soughtOrganisationTypes = "sme")',
      '(anySector = true OR soughtNaceSections IN ["C", "G"])',
    ]);
  });

  it('compares NA deadlines as days and quotes every value', () => {
    const { params } = buildCallSearch({ today, deadlineFrom: '2027-03-01', topics: ['a" OR status = "draft'] });
    expect(params.filter).toContain(`naDeadline >= ${dayToUnix('2027-03-01')}`);
    expect(params.filter).toContain('topics IN ["a\\" OR status = \\"draft"]');
  });
});
