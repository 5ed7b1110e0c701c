import { excludedCountryProblems } from './call.rules';

describe('excluded countries of a call', () => {
  it('refuses a country that an entry also seeks, naming it', () => {
    const problems = excludedCountryProblems([{ countries: ['PT'] }, { countries: ['DE', 'ES'] }], ['DE', 'CZ']);
    expect(problems).toEqual([
      { field: 'excludedCountries', problem: 'also_sought', message: 'DE cannot be both sought and excluded' },
    ]);
  });

  it('accepts exclusions beside entries open to any country', () => {
    expect(excludedCountryProblems([{ countries: [] }], ['DE'])).toEqual([]);
  });
});
