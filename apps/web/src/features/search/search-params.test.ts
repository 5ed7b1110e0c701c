import { describe, expect, it } from 'vitest';
import { codeList, parseOrganisationSearch } from './search-params';

describe('parseOrganisationSearch', () => {
  it('reads every filter, the words, the sort and the page', () => {
    expect(
      parseOrganisationSearch({
        q: 'green skills',
        page: 3,
        sort: 'name',
        country: ['GR', 'CY'],
        excludeCountry: ['PT'],
        naceSection: ['P'],
        organisationType: ['vet_provider'],
        topic: ['green_skills'],
        language: ['el'],
        sizeBand: ['10-49'],
        experience: ['coordinated'],
        oidVerified: true,
        openToPartnerships: true,
      }),
    ).toEqual({
      q: 'green skills',
      page: 3,
      sort: 'name',
      country: ['GR', 'CY'],
      excludeCountry: ['PT'],
      naceSection: ['P'],
      organisationType: ['vet_provider'],
      topic: ['green_skills'],
      language: ['el'],
      sizeBand: ['10-49'],
      experience: ['coordinated'],
      oidVerified: true,
      openToPartnerships: true,
    });
  });

  it('gives an empty search for an empty or hostile URL', () => {
    expect(parseOrganisationSearch({})).toEqual({});
    expect(
      parseOrganisationSearch({
        q: '',
        page: 'x',
        sort: 'random',
        country: { GR: 1 },
        topic: 42,
        oidVerified: 'yes',
        openToPartnerships: false,
        __proto__: ['GR'],
        constructor: 'x',
      }),
    ).toEqual({});
  });

  it('drops codes of the wrong shape and keeps the others in their order, each once', () => {
    expect(
      parseOrganisationSearch({
        country: ['GR', 'GRC', 'GR', 'CY', 7, null, ''],
        naceSection: ['P', 'Z', 'p'],
        topic: ['green_skills', '<script>', 'digital_skills'],
        sizeBand: ['10-49', '1000+'],
        experience: ['coordinated', 'expert'],
      }),
    ).toEqual({
      country: ['GR', 'CY'],
      naceSection: ['P'],
      topic: ['green_skills', 'digital_skills'],
      sizeBand: ['10-49'],
      experience: ['coordinated'],
    });
  });

  it('accepts lists written as the API takes them, comma-separated, and country codes as people write them', () => {
    expect(parseOrganisationSearch({ country: 'gr, EL,UK,cy', language: 'EL,en' })).toEqual({
      country: ['GR', 'GB', 'CY'],
      language: ['el', 'en'],
    });
  });

  it('removes a list with no known code left', () => {
    expect(parseOrganisationSearch({ country: ['XXX'], topic: '' })).toEqual({});
  });

  it('caps a list at the number of codes the API accepts', () => {
    const parsed = parseOrganisationSearch({ sizeBand: ['1-9', '10-49', '50-249', '250+', '1-9'] });
    expect(parsed.sizeBand).toHaveLength(4);
    expect(codeList('naceSection', 'A,B,C,D,E,F,G,H,I,J,K,L,M,N,O,P,Q,R,S,T,U')).toHaveLength(21);
  });

  it('takes pages 2 to 100 and treats page 1 and nonsense as the first page', () => {
    expect(parseOrganisationSearch({ page: '2' })).toEqual({ page: 2 });
    expect(parseOrganisationSearch({ page: 1 })).toEqual({});
    expect(parseOrganisationSearch({ page: -4 })).toEqual({});
    expect(parseOrganisationSearch({ page: 2.5 })).toEqual({});
    expect(parseOrganisationSearch({ page: 9999 })).toEqual({ page: 100 });
  });

  it('takes only true for the flags, as a boolean or as text', () => {
    expect(parseOrganisationSearch({ oidVerified: 'true', openToPartnerships: '1' })).toEqual({
      oidVerified: true,
      openToPartnerships: true,
    });
    expect(parseOrganisationSearch({ oidVerified: 'false', openToPartnerships: 0 })).toEqual({});
  });

  it('keeps the words as typed (a trailing space included) up to the API limit', () => {
    expect(parseOrganisationSearch({ q: 'green ' })).toEqual({ q: 'green ' });
    expect(parseOrganisationSearch({ q: 'x'.repeat(300) }).q).toHaveLength(200);
    expect(parseOrganisationSearch({ q: 2026 })).toEqual({ q: '2026' });
  });
});
