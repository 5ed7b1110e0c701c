import { buildOrganisationSearch, cropStart, displayed, filterValue, forDisplay, VISIBLE } from './search-query';

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

describe('display of hits', () => {
  const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');

  it('asks Meilisearch to highlight and crop only when there are words to mark', () => {
    expect(forDisplay('skills', ['id'], 'name', 'text')).toMatchObject({
      attributesToRetrieve: ['id'],
      attributesToHighlight: ['name', 'text'],
      attributesToCrop: ['text'],
    });
    expect(forDisplay('', ['id'], 'name', 'text')).toEqual({ attributesToRetrieve: ['id', 'text'] });
  });

  it('keeps the first 40 words of an unmarked text, and says when it cut', () => {
    expect(cropStart(long)).toBe(`${long.split(' ').slice(0, 40).join(' ')}…`);
    expect(cropStart('Short, and whole.  ')).toBe('Short, and whole.');
    expect(cropStart('one two three, four', 3)).toBe('one two three…');
    expect(cropStart('Πρώτη  παράγραφος.\n\nSecond\tparagraph.', 3)).toBe('Πρώτη  παράγραφος.\n\nSecond…');
    expect(cropStart('', 3)).toBe('');
  });

  it("takes Meilisearch's marks when it made them, and the raw title otherwise", () => {
    const marked = {
      name: 'Academy',
      text: 'x',
      _formatted: { name: '<mark>Acad</mark>emy', text: '…<mark>x</mark>' },
    };
    expect(displayed(marked, 'name', 'text')).toEqual({ title: '<mark>Acad</mark>emy', text: '…<mark>x</mark>' });
    expect(displayed({ name: 'Academy', text: 'x' }, 'nameDisplay', 'text', 'name').title).toBe('Academy');
    expect(displayed({ name: 'Academy', text: long }, 'name', 'text')).toEqual({
      title: 'Academy',
      text: cropStart(long),
    });
  });
});
