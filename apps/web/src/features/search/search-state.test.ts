import { describe, expect, it } from 'vitest';
import { parseOrganisationSearch } from './search-params';
import {
  activeFilters,
  normalisedQuery,
  onlyKnown,
  toggleCode,
  withFlag,
  withList,
  withoutFilter,
  withoutFilters,
  withPage,
  withQuery,
  withSort,
} from './search-state';

describe('onlyKnown', () => {
  it('drops the codes the API does not know, from a URL of the right shape', () => {
    const url = parseOrganisationSearch({
      q: 'x',
      country: ['GR', 'XX', 'CY'],
      language: ['el', 'qq'],
      topic: 'green_skills,made_up_topic',
      organisationType: ['not_a_type'],
    });
    expect(onlyKnown(url)).toEqual({ q: 'x', country: ['GR', 'CY'], language: ['el'], topic: ['green_skills'] });
  });

  it('gives the same object back when every code is known', () => {
    const url = parseOrganisationSearch({ country: 'GR', naceSection: 'P' });
    expect(onlyKnown(url)).toBe(url);
  });
});

describe('changing a search', () => {
  const base = parseOrganisationSearch({ q: 'bakery', page: 4, sort: 'name', country: ['GR'] });

  it('adds and removes a code, back on page 1', () => {
    const added = toggleCode(base, 'country', 'CY');
    expect(added).toEqual({ q: 'bakery', sort: 'name', country: ['GR', 'CY'] });
    expect(toggleCode(added, 'country', 'GR')).toEqual({ q: 'bakery', sort: 'name', country: ['CY'] });
    expect(toggleCode(toggleCode(added, 'country', 'GR'), 'country', 'CY')).toEqual({ q: 'bakery', sort: 'name' });
  });

  it('sets and clears a flag', () => {
    const on = withFlag(base, 'oidVerified', true);
    expect(on.oidVerified).toBe(true);
    expect(on.page).toBeUndefined();
    expect(withFlag(on, 'oidVerified', false)).not.toHaveProperty('oidVerified');
  });

  it('replaces a list, keeping only known codes', () => {
    expect(withList(base, 'excludeCountry', ['GR', 'nope', 'XX'])).toEqual({
      q: 'bakery',
      sort: 'name',
      country: ['GR'],
      excludeCountry: ['GR'],
    });
    expect(withList(base, 'country', [])).toEqual({ q: 'bakery', sort: 'name' });
  });

  it('lists the active filters in order and removes any one of them', () => {
    const s = withFlag(toggleCode(base, 'topic', 'green_skills'), 'openToPartnerships', true);
    const active = activeFilters(s);
    expect(active).toEqual([
      { key: 'country', code: 'GR' },
      { key: 'topic', code: 'green_skills' },
      { key: 'openToPartnerships' },
    ]);
    expect(withoutFilter(s, active[1]!)).toEqual({
      q: 'bakery',
      sort: 'name',
      country: ['GR'],
      openToPartnerships: true,
    });
    expect(withoutFilter(s, active[2]!)).not.toHaveProperty('openToPartnerships');
  });

  it('clears every filter but keeps the words and the sort', () => {
    expect(withoutFilters(withFlag(base, 'oidVerified', true))).toEqual({ q: 'bakery', sort: 'name' });
  });

  it('changes the words, the page and the sort', () => {
    expect(withQuery(base, 'hotel')).toEqual({ q: 'hotel', sort: 'name', country: ['GR'] });
    expect(withQuery(base, '')).toEqual({ sort: 'name', country: ['GR'] });
    expect(withPage(base, 5).page).toBe(5);
    expect(withPage(base, 1)).not.toHaveProperty('page');
    expect(withSort(base, undefined)).toEqual({ q: 'bakery', country: ['GR'] });
    expect(withSort(base, 'updated').sort).toBe('updated');
  });

  it('never changes the search it was given', () => {
    const before = JSON.stringify(base);
    toggleCode(base, 'country', 'CY');
    withFlag(base, 'oidVerified', true);
    withoutFilters(base);
    withQuery(base, 'x');
    expect(JSON.stringify(base)).toBe(before);
  });
});

describe('normalisedQuery', () => {
  it('trims and joins runs of space, as the API reads the words', () => {
    expect(normalisedQuery('  green   skills ')).toBe('green skills');
    expect(normalisedQuery(undefined)).toBe('');
  });
});
