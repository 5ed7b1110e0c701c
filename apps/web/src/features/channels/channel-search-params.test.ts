import { describe, expect, it } from 'vitest';
import { parseChannelSearch } from './channel-search-params';

describe('channel search params', () => {
  it('reads a search, or a message to show by its sequence number, never both', () => {
    expect(parseChannelSearch({ q: ' welding ' })).toEqual({ q: 'welding', at: undefined });
    expect(parseChannelSearch({ at: '12' })).toEqual({ q: undefined, at: 12 });
    expect(parseChannelSearch({ at: 12 })).toEqual({ q: undefined, at: 12 });
    expect(parseChannelSearch({ at: 'x' })).toEqual({ q: undefined, at: undefined });
    expect(parseChannelSearch({ at: '-3' })).toEqual({ q: undefined, at: undefined });
    expect(parseChannelSearch({ q: 'a', at: '3' })).toEqual({ q: 'a', at: undefined });
  });
});
