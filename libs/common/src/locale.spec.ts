import { negotiateLocale } from './locale';

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
});
