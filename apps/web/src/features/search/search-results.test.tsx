import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render';
import { facetOptions, outsideCount } from './facet-panel';
import { pageNumbers, SearchFailed } from './search-results';
import { ApiError } from '../../api/client';
import { toSearchQuery } from './use-organisation-search';

afterEach(cleanup);

describe('pageNumbers', () => {
  it('shows every page when there are few', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it('shows the first, the last and the neighbours of the current page, with gaps between', () => {
    expect(pageNumbers(1, 12)).toEqual([1, 2, 'gap', 12]);
    expect(pageNumbers(6, 12)).toEqual([1, 'gap', 5, 6, 7, 'gap', 12]);
    expect(pageNumbers(12, 12)).toEqual([1, 'gap', 11, 12]);
  });

  it('fills a gap of one page with that page rather than an ellipsis', () => {
    expect(pageNumbers(4, 12)).toEqual([1, 2, 3, 4, 5, 'gap', 12]);
  });

  it('stops at the last page the API can serve', () => {
    expect(pageNumbers(100, 400).at(-1)).toBe(100);
  });
});

describe('facetOptions', () => {
  const label = (code: string) => ({ GR: 'Greece', CY: 'Cyprus', AT: 'Austria', PT: 'Portugal' })[code] ?? code;

  it('lists the values with hits, most first, then by name', () => {
    expect(facetOptions({ GR: 3, CY: 5, AT: 3, PT: 0 }, [], label, 'en').map((o) => o.code)).toEqual([
      'CY',
      'AT',
      'GR',
    ]);
  });

  it('keeps a chosen value that has no hits now, so it can be unticked', () => {
    expect(facetOptions({ GR: 2 }, ['PT'], label, 'en')).toEqual([
      { code: 'GR', count: 2, selected: false },
      { code: 'PT', count: 0, selected: true },
    ]);
    expect(facetOptions(undefined, ['PT'], label, 'en')).toEqual([{ code: 'PT', count: 0, selected: true }]);
  });
});

describe('outsideCount', () => {
  it('counts the hits in every country but the viewer’s', () => {
    expect(outsideCount({ GR: 4, CY: 2, PT: 3 }, ['GR', 'CY'])).toBe(3);
    expect(outsideCount(undefined, ['GR'])).toBe(0);
  });
});

describe('toSearchQuery', () => {
  it('sends the words trimmed, the filters by their API names and the facets as one list', () => {
    expect(
      toSearchQuery({ q: '  green   skills ', page: 2, country: ['GR'], oidVerified: true }, ['country', 'topics']),
    ).toEqual({
      q: 'green skills',
      page: 2,
      pageSize: 20,
      sort: undefined,
      country: ['GR'],
      excludeCountry: undefined,
      naceSection: undefined,
      organisationType: undefined,
      topic: undefined,
      language: undefined,
      sizeBand: undefined,
      experience: undefined,
      oidVerified: true,
      openToPartnerships: undefined,
      facets: 'country,topics',
    });
  });

  it('sends no words rather than blank ones', () => {
    expect(toSearchQuery({ q: '   ' }, []).q).toBeUndefined();
    expect(toSearchQuery({}, []).facets).toBeUndefined();
  });
});

describe('SearchFailed', () => {
  it('says search is unavailable on SEARCH_UNAVAILABLE, not that nothing was found', async () => {
    await renderWithApp(
      <SearchFailed error={new ApiError(503, 'SEARCH_UNAVAILABLE', 'down')} onRetry={() => undefined} />,
    );
    expect(screen.getByRole('alert').textContent).toContain('Search is unavailable right now');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('speaks Greek in the Greek interface', async () => {
    await renderWithApp(
      <SearchFailed error={new ApiError(503, 'SEARCH_UNAVAILABLE', 'down')} onRetry={() => undefined} />,
      'el',
    );
    expect(screen.getByRole('alert').textContent).toContain('Η αναζήτηση δεν είναι διαθέσιμη αυτή τη στιγμή');
  });

  it('shows any other failure as an ordinary error', async () => {
    await renderWithApp(<SearchFailed error={new ApiError(500, 'INTERNAL_ERROR', 'boom')} onRetry={() => undefined} />);
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong');
  });
});
