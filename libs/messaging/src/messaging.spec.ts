import { extractLinks, MESSAGE_MAX_LENGTH, validBody, validId } from './messaging.service';

describe('message rules', () => {
  it('trims bodies and counts characters, not UTF-16 units', () => {
    expect(validBody('  Καλημέρα  ')).toBe('Καλημέρα');
    expect(validBody('😀'.repeat(MESSAGE_MAX_LENGTH))).toHaveLength(MESSAGE_MAX_LENGTH * 2);
    expect(() => validBody('😀'.repeat(MESSAGE_MAX_LENGTH + 1))).toThrow(/at most/);
    expect(() => validBody(' \n ')).toThrow(/empty/);
    expect(() => validBody(42)).toThrow(/text/);
  });

  it('finds http(s) links once each, and nothing else', () => {
    expect(extractLinks('see https://a.example/x, then (http://b.example/y) and https://a.example/x')).toEqual([
      'https://a.example/x',
      'http://b.example/y',
    ]);
    expect(extractLinks('javascript:alert(1) ftp://c.example')).toEqual([]);
  });

  it('accepts UUIDs only as ids', () => {
    expect(validId('x', 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11')).toBe('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11');
    expect(() => validId('clientId', 'abc')).toThrow(/UUID/);
  });
});
