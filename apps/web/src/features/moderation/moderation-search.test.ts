import { describe, expect, it } from 'vitest';
import { parseItemRef, parseModerationSearch } from './moderation-search';

const ID = '0b6f3c52-6f0e-4a57-9d0e-5b7a0c9d1e2f';

describe('the desk’s URL', () => {
  it('keeps known tabs, kinds, countries and items', () => {
    expect(parseModerationSearch({ tab: 'audit', kind: 'report', country: 'cy', item: `revision:${ID}` })).toEqual({
      tab: 'audit',
      kind: 'report',
      country: 'CY',
      item: `revision:${ID}`,
    });
  });

  it('drops what it does not know instead of sending it to the API', () => {
    expect(parseModerationSearch({ tab: 'stats', kind: 'draft', country: 'Greece', item: 'submission:42' })).toEqual({
      tab: undefined,
      kind: undefined,
      country: undefined,
      item: undefined,
    });
    expect(parseModerationSearch({ tab: ['queue'], country: 7, item: { kind: 'report' } })).toEqual({
      tab: undefined,
      kind: undefined,
      country: undefined,
      item: undefined,
    });
  });

  it('reads an item reference as kind and id', () => {
    expect(parseItemRef(`organisation:${ID.toLocaleUpperCase('en')}`)).toEqual({ kind: 'organisation', id: ID });
    expect(parseItemRef(ID)).toBeUndefined();
    expect(parseItemRef(`user:${ID}`)).toBeUndefined();
  });
});
