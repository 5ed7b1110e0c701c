import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Message } from './channel-state';

// The store's sends against a stand-in for the shared socket's emitWithAck: a refused send is
// shown as failed and sent again with the same client id; one made offline waits its turn.

const emitted: { event: string; payload: Record<string, unknown> }[] = [];
let answer: (event: string, payload: Record<string, unknown>) => Promise<unknown>;
let connected = true;

vi.mock('../../realtime/socket', async () => {
  const actual = await vi.importActual<typeof import('../../realtime/socket')>('../../realtime/socket');
  return {
    ...actual,
    getSocket: () => ({ connected }),
    emitWithAck: (event: string, payload: Record<string, unknown>) => {
      emitted.push({ event, payload });
      return answer(event, payload);
    },
  };
});

const { discard, getChannelsState, retry, send } = await import('./channel-store');
const { RealtimeError } = await import('../../realtime/socket');

const stored = (p: Record<string, unknown>, seq: number): Message => ({
  id: `m${seq}`,
  channelId: p.channelId as string,
  seq,
  authorId: null,
  authorDeleted: false,
  clientId: p.clientId as string,
  body: p.body as string,
  replyTo: null,
  mentions: [],
  links: [],
  createdAt: '2026-12-01T10:00:00.000Z',
  editedAt: null,
  deleted: false,
});

const queued = (channelId: string) =>
  getChannelsState()
    .outgoing.filter((o) => o.channelId === channelId)
    .map((o) => [o.body, o.state]);

const settled = () => new Promise((r) => setTimeout(r, 0));

describe('sending through the channel store', () => {
  beforeEach(() => {
    for (const o of getChannelsState().outgoing) discard(o.clientId);
    emitted.length = 0;
    connected = true;
  });

  it('shows a refused send as failed, and a retry sends the same client id', async () => {
    answer = () => Promise.reject(new RealtimeError('TOO_MANY_REQUESTS', 'slow down'));
    send({ channelId: 'c1', body: 'Hello', replyTo: null, mentions: [] });
    await settled();
    const [failed] = getChannelsState().outgoing;
    expect(failed).toMatchObject({ body: 'Hello', state: 'failed' });

    answer = (_e, p) => Promise.resolve({ message: stored(p, 1), duplicate: false });
    retry(failed!.clientId);
    await settled();
    expect(getChannelsState().outgoing).toEqual([]);
    expect(getChannelsState().conversations.c1?.messages.map((m) => m.body)).toEqual(['Hello']);
    const sends = emitted.filter((e) => e.event === 'message:send').map((e) => e.payload.clientId);
    expect(sends).toEqual([failed!.clientId, failed!.clientId]);
  });

  it('keeps what is written offline queued, in order, without marking it failed', async () => {
    connected = false;
    answer = () => Promise.reject(new RealtimeError('OFFLINE', 'not connected'));
    send({ channelId: 'c2', body: 'one', replyTo: null, mentions: [] });
    send({ channelId: 'c2', body: 'two', replyTo: null, mentions: [] });
    await settled();
    expect(emitted).toEqual([]);
    expect(queued('c2')).toEqual([
      ['one', 'queued'],
      ['two', 'queued'],
    ]);
  });

  it('puts a send back in the queue when the connection drops under it, and stops there', async () => {
    answer = () => Promise.reject(new RealtimeError('OFFLINE', 'not connected'));
    send({ channelId: 'c3', body: 'three', replyTo: null, mentions: [] });
    await settled();
    expect(queued('c3')).toEqual([['three', 'queued']]);
    expect(emitted.filter((e) => e.event === 'message:send')).toHaveLength(1);
  });
});
