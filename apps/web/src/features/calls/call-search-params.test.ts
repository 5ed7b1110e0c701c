import { describe, expect, it } from 'vitest';
import { parseCallSearch } from './call-search-params';
import { activeCallFilterCount, toCallSearchQuery, withFilters } from './call-search-query';

describe('the find-calls URL', () => {
  it('keeps only well-formed filters', () => {
    expect(
      parseCallSearch({
        q: 'welding',
        page: '3',
        sort: 'bogus',
        action: 'KA220-VET',
        soughtCountry: 'pt,xx1,PT,es',
        soughtNaceSection: ['C', 'ZZ'],
        deadlineFrom: '2027-02-30x',
        deadlineTo: '2027-03-05',
        fits: 'not-a-uuid',
        urgent: 'true',
      }),
    ).toEqual({
      q: 'welding',
      page: 3,
      action: 'KA220-VET',
      soughtCountry: ['PT', 'ES'],
      soughtNaceSection: ['C'],
      deadlineTo: '2027-03-05',
      urgent: true,
    });
    expect(parseCallSearch({ page: '1', sort: 'answer_by' })).toEqual({});
  });

  it('asks the API sorted by answer-by day unless told, lists comma-separated', () => {
    expect(toCallSearchQuery({ soughtCountry: ['PT', 'ES'] })).toMatchObject({
      sort: 'answer_by',
      page: 1,
      soughtCountry: 'PT,ES',
    });
    expect(toCallSearchQuery({ sort: 'newest', fits: 'x' })).toMatchObject({ sort: 'newest', fitsOrganisation: 'x' });
  });

  it('goes back to page 1 when a filter changes, and counts the filters', () => {
    const next = withFilters({ page: 4, q: 'a' }, { action: 'KA210-VET' });
    expect(next).toEqual({ q: 'a', action: 'KA210-VET' });
    expect(activeCallFilterCount({ ...next, soughtCountry: ['PT', 'ES'], urgent: true })).toBe(4);
  });
});
