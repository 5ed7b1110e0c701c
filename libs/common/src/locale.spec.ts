import { negotiateLocale, requestedLocale } from './locale';

describe('negotiateLocale', () => {
  it.each([
    [undefined, 'en'],
    ['el', 'el'],
    ['el-GR,el;q=0.9,en;q=0.8', 'el'],
    ['de-DE,el;q=0.5,en;q=0.4', 'el'],
    ['en;q=0.2,el;q=0.9', 'el'],
    ['fr,de', 'en'],
    ['el;q=0', 'en'],
  ])('%s -> %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  it('falls back to the preferred language when the header names no language the platform speaks', () => {
    expect(negotiateLocale(undefined, 'el')).toBe('el');
    expect(negotiateLocale('fr,de;q=0.5', 'el')).toBe('el');
    expect(negotiateLocale('*', 'el')).toBe('el');
    expect(negotiateLocale('en', 'el')).toBe('en');
    expect(negotiateLocale('fr, en;q=0.1', 'el')).toBe('en');
  });

  it('tells a header that names no supported language apart from one that does', () => {
    expect(requestedLocale('fr')).toBeNull();
    expect(requestedLocale('')).toBeNull();
    expect(requestedLocale(['el-CY'])).toBe('el');
  });
});
