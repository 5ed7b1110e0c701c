import { describe, expect, it } from 'vitest';
import { parseConsortiumSearch } from './consortium-search-params';

describe('consortium search params', () => {
  it('keeps a known tab and drops anything else, the overview included', () => {
    expect(parseConsortiumSearch({ tab: 'members' })).toEqual({ tab: 'members' });
    expect(parseConsortiumSearch({ tab: 'history' })).toEqual({ tab: 'history' });
    expect(parseConsortiumSearch({ tab: 'overview' })).toEqual({});
    expect(parseConsortiumSearch({ tab: 'budget' })).toEqual({});
    expect(parseConsortiumSearch({})).toEqual({});
  });

  it('reads a workplan view only on the workplan tab, the outline being no view at all', () => {
    expect(parseConsortiumSearch({ tab: 'workplan', view: 'timeline' })).toEqual({ tab: 'workplan', view: 'timeline' });
    expect(parseConsortiumSearch({ tab: 'workplan', view: 'history' })).toEqual({ tab: 'workplan', view: 'history' });
    expect(parseConsortiumSearch({ tab: 'workplan', view: 'outline' })).toEqual({ tab: 'workplan' });
    expect(parseConsortiumSearch({ tab: 'workplan', view: 'gantt' })).toEqual({ tab: 'workplan' });
    expect(parseConsortiumSearch({ tab: 'workplan', view: 3 })).toEqual({ tab: 'workplan' });
    expect(parseConsortiumSearch({ tab: 'members', view: 'timeline' })).toEqual({ tab: 'members' });
    expect(parseConsortiumSearch({ view: 'budget' })).toEqual({});
  });
});
