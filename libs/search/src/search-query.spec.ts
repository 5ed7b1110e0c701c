import { buildOrganisationSearch, filterValue, VISIBLE } from './search-query';

describe('organisation search query', () => {
  it('always filters to published documents first', () => {
    expect(buildOrganisationSearch({}).params.filter).toEqual([VISIBLE]);
  });

  it('combines include, exclude and boolean filters', () => {
    const { params } = buildOrganisationSearch({
      countries: ['PT', 'ES'],
      excludeCountries: ['GR'],
      topics: ['green_skills'],
      oidVerified: true,
    });
    expect(params.filter).toEqual([
      'status = "published"',
      'country IN ["PT", "ES"]',
      'country NOT IN ["GR"]',
      'topics IN ["green_skills"]',
      'oidVerified = true',
    ]);
  });

  it('keeps quotes and backslashes inside a value literal', () => {
    expect(filterValue('GR" OR status = "draft')).toBe('"GR\\" OR status = \\"draft"');
    expect(filterValue('a\\" OR 1')).toBe('"a\\\\\\" OR 1"');
  });

  it('maps sort names to sortable attributes', () => {
    expect(buildOrganisationSearch({ sort: 'updated' }).params.sort).toEqual(['updatedAt:desc']);
    expect(buildOrganisationSearch({ sort: 'name' }).params.sort).toEqual(['nameSort:asc']);
    expect(buildOrganisationSearch({ sort: 'relevance' }).params.sort).toBeUndefined();
  });

  it('counts facets only when asked', () => {
    expect(buildOrganisationSearch({}).params.facets).toBeUndefined();
    expect(buildOrganisationSearch({ facets: ['country', 'topics'] }).params.facets).toEqual(['country', 'topics']);
  });
});
