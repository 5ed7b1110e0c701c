import { parseEnvelopes } from './realtime-events';

describe('parseEnvelopes', () => {
  const created = { name: 'message.created', payload: { message: { id: 'm1' } } };
  const read = { name: 'read.updated', payload: { userId: 'u1' } };

  it('reads one envelope, or a list of them in order', () => {
    expect(parseEnvelopes(JSON.stringify(created))).toEqual([created]);
    expect(parseEnvelopes(JSON.stringify([created, read]))).toEqual([created, read]);
  });

  it('leaves out what is not one of ours, and never throws', () => {
    expect(parseEnvelopes('not json')).toEqual([]);
    expect(parseEnvelopes('null')).toEqual([]);
    expect(parseEnvelopes(JSON.stringify({ name: 'other.event', payload: {} }))).toEqual([]);
    expect(parseEnvelopes(JSON.stringify([created, { name: 'read.updated' }, 7, read]))).toEqual([created, read]);
  });
});
