import type { MessagePayload } from '@syndesmos/realtime-events';
import { RECENT_CHANNELS, RECENT_PER_CHANNEL, RecentMessages } from './recent-messages';

const message = (channelId: string, seq: number, body = `m${seq}`): MessagePayload => ({
  id: `${channelId}-${seq}`,
  channelId,
  seq,
  authorId: 'u',
  authorDeleted: false,
  clientId: `c${seq}`,
  body,
  replyTo: null,
  mentions: [],
  links: [],
  createdAt: new Date(0).toISOString(),
  editedAt: null,
  deleted: false,
});

describe('the messages a node received lately', () => {
  it('keeps the latest of each channel by sequence, and forgets the oldest beyond the bound', () => {
    const recent = new RecentMessages();
    for (let seq = 1; seq <= RECENT_PER_CHANNEL + 5; seq++) recent.add(message('a', seq));
    const held = recent.get('a')!;
    expect(held.size).toBe(RECENT_PER_CHANNEL);
    expect(held.has(5)).toBe(false);
    expect(held.get(RECENT_PER_CHANNEL + 5)?.body).toBe(`m${RECENT_PER_CHANNEL + 5}`);
    expect(recent.get('b')).toBeUndefined();
  });

  it('forgets the least lately active channel first', () => {
    const recent = new RecentMessages();
    recent.add(message('first', 1));
    recent.add(message('second', 1));
    recent.add(message('first', 2));
    for (let i = 0; i < RECENT_CHANNELS - 1; i++) recent.add(message(`other${i}`, 1));
    expect(recent.get('second')).toBeUndefined();
    expect(recent.get('first')?.size).toBe(2);
  });

  it('replaces a kept message with its edit, and keeps no edit of a message it does not hold', () => {
    const recent = new RecentMessages();
    recent.add(message('a', 1));
    recent.update(message('a', 1, 'edited'));
    recent.update(message('a', 2, 'never seen'));
    expect(recent.get('a')!.get(1)?.body).toBe('edited');
    expect(recent.get('a')!.has(2)).toBe(false);
  });

  it('wakes a wait when the channel hears its next message, and ends it after the time otherwise', async () => {
    const recent = new RecentMessages();
    const woken = recent.arrival('a', 10_000).then(() => 'woken');
    recent.add(message('b', 1));
    recent.add(message('a', 1));
    await expect(woken).resolves.toBe('woken');
    const started = performance.now();
    await recent.arrival('a', 20);
    expect(performance.now() - started).toBeGreaterThanOrEqual(15);
  });
});
