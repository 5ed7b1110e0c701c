import { describe, expect, it } from 'vitest';
import {
  applyMessage,
  applyPage,
  applyReady,
  applyRemoved,
  applySummary,
  applyUnread,
  applyUpdated,
  emptyState,
  firstUnreadSeq,
  holdFrom,
  mergeMessages,
  syncCursors,
  totalUnread,
  type ChannelView,
  type Message,
} from './channel-state';

const ME = 'u-me';
const YOU = 'u-you';
const msg = (seq: number, over: Partial<Message> = {}): Message => ({
  id: `m${seq}`,
  channelId: 'c1',
  seq,
  authorId: YOU,
  authorDeleted: false,
  clientId: `k${seq}`,
  body: `message ${seq}`,
  replyTo: null,
  mentions: [],
  links: [],
  createdAt: `2026-12-01T10:00:${String(seq).padStart(2, '0')}.000Z`,
  editedAt: null,
  deleted: false,
  ...over,
});
const channel = (id: string, over: Partial<ChannelView> = {}): ChannelView => ({
  id,
  kind: 'consortium',
  consortiumId: null,
  title: id,
  organisations: [],
  lastSeq: 0,
  lastReadSeq: 0,
  unread: 0,
  lastMessage: null,
  lastMessageAt: null,
  ...over,
});
const live = { reading: false, fromStream: true };

describe('the channel store state', () => {
  it('keeps each message once, in sequence order, whatever order and how often they arrive', () => {
    const merged = mergeMessages([msg(3), msg(1)], [msg(2), msg(3), msg(1)]);
    expect(merged.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('keeps the edited or deleted version over the one first sent', () => {
    const edited = msg(1, { body: 'changed', editedAt: '2026-12-01T11:00:00.000Z' });
    expect(mergeMessages([edited], [msg(1)])[0].body).toBe('changed');
    expect(mergeMessages([msg(1)], [edited])[0].body).toBe('changed');
    expect(mergeMessages([edited], [msg(1, { deleted: true, body: '' })])[0].deleted).toBe(true);
  });

  it('syncs from what it holds after a reconnection, and from where the gateway stands the first time', () => {
    let s = applyReady(emptyState, ME, [channel('c1', { lastSeq: 4 }), channel('c2', { lastSeq: 9 })]);
    expect(syncCursors(emptyState, s.channels).sort((a, b) => a.channelId.localeCompare(b.channelId))).toEqual([
      { channelId: 'c1', lastSeq: 4 },
      { channelId: 'c2', lastSeq: 9 },
    ]);
    s = holdFrom(s, syncCursors(emptyState, s.channels));
    s = applyMessage(s, msg(5), live);
    // Offline meanwhile: the gateway is at 8 now, I hold 5.
    const again = applyReady(s, ME, [channel('c1', { lastSeq: 8 }), channel('c2', { lastSeq: 9 })]);
    expect(syncCursors(s, again.channels)).toContainEqual({ channelId: 'c1', lastSeq: 5 });
  });

  it('does not move the sync cursor for an acknowledgement, which may overtake messages still on their way', () => {
    let s = holdFrom(applyReady(emptyState, ME, [channel('c1', { lastSeq: 2 })]), [{ channelId: 'c1', lastSeq: 2 }]);
    s = applyMessage(s, msg(5, { authorId: ME }), { reading: true, fromStream: false });
    expect(s.held.c1).toBe(2);
    expect(s.conversations.c1.messages.map((m) => m.seq)).toEqual([5]);
  });

  it('counts another person’s new message as unread unless the channel is being read, never my own', () => {
    let s = applyReady(emptyState, ME, [channel('c1'), channel('c2', { unread: 2 })]);
    s = applyMessage(s, msg(1), live);
    s = applyMessage(s, msg(1), live); // the same again counts once
    s = applyMessage(s, msg(2, { authorId: ME, clientId: 'mine' }), live);
    s = applyMessage(s, msg(3), { reading: true, fromStream: true });
    expect(s.channels.find((c) => c.id === 'c1')).toMatchObject({ unread: 1, lastSeq: 3 });
    expect(totalUnread(s.channels)).toBe(3);
    s = applyUnread(s, { channelId: 'c1', lastReadSeq: 3, unread: 0 });
    expect(totalUnread(s.channels)).toBe(2);
  });

  it('moves the channel of the latest message to the top of the list', () => {
    let s = applyReady(emptyState, ME, [
      channel('c1', { lastMessageAt: '2026-11-01T00:00:00.000Z' }),
      channel('c2', { lastMessageAt: '2026-11-02T00:00:00.000Z' }),
    ]);
    expect(s.channels.map((c) => c.id)).toEqual(['c2', 'c1']);
    s = applyMessage(s, msg(1), live);
    expect(s.channels.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(s.channels[0].lastMessage?.body).toBe('message 1');
  });

  it('settles a pending send when its message comes back, by client id', () => {
    let s = applyReady(emptyState, ME, [channel('c1')]);
    s = {
      ...s,
      outgoing: [
        { clientId: 'k1', channelId: 'c1', body: 'hi', replyTo: null, mentions: [], state: 'sending', createdAt: '' },
      ],
    };
    s = applyMessage(s, msg(1, { authorId: ME, clientId: 'k1' }), live);
    expect(s.outgoing).toEqual([]);
  });

  it('shows an edit in the conversation and in the list', () => {
    let s = applyMessage(applyReady(emptyState, ME, [channel('c1')]), msg(1), live);
    s = applyUpdated(s, msg(1, { body: 'new words', editedAt: '2026-12-01T12:00:00.000Z' }));
    expect(s.conversations.c1.messages[0].body).toBe('new words');
    expect(s.channels[0].lastMessage?.body).toBe('new words');
  });

  it('merges history pages with live messages and remembers the older cursor', () => {
    let s = applyMessage(applyReady(emptyState, ME, [channel('c1', { lastSeq: 2 })]), msg(3), live);
    s = applyPage(s, 'c1', { items: [msg(2), msg(3)], olderCursor: 'older' }, false);
    s = applyPage(s, 'c1', { items: [msg(1)], olderCursor: null }, true);
    expect(s.conversations.c1.messages.map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(s.conversations.c1.olderCursor).toBeNull();
  });

  it('drops a removed channel at once, and one missing from a later ready', () => {
    let s = applyMessage(applyReady(emptyState, ME, [channel('c1'), channel('c2')]), msg(1), live);
    s = applyRemoved(s, 'c1');
    expect(s.channels.map((c) => c.id)).toEqual(['c2']);
    expect(s.conversations.c1).toBeUndefined();
    expect(s.removed).toEqual(['c1']);
    s = applyReady(s, ME, []);
    expect(s.removed).toEqual(['c1', 'c2']);
  });

  it('starts from nothing when another person signs in', () => {
    const s = applyMessage(applyReady(emptyState, ME, [channel('c1')]), msg(1), live);
    const other = applyReady(s, 'u-other', [channel('c9')]);
    expect(other.conversations).toEqual({});
    expect(other.removed).toEqual([]);
  });

  it('takes a channel summary read again (organisations changed) without losing newer live messages', () => {
    const orgs = [
      { id: 'o1', name: 'A' },
      { id: 'o2', name: 'B' },
    ];
    let s = applyReady(emptyState, ME, [channel('c1', { organisations: orgs, lastSeq: 1 })]);
    s = applyMessage(s, msg(2), live);
    s = applySummary(s, channel('c1', { organisations: [orgs[0]], lastSeq: 1 }));
    expect(s.channels[0].organisations).toEqual([orgs[0]]);
    expect(s.channels[0]).toMatchObject({ lastSeq: 2, unread: 1 });
    s = applySummary(s, channel('c1', { organisations: [orgs[1]], lastSeq: 2, unread: 1 }));
    expect(s.channels[0].organisations).toEqual([orgs[1]]);
  });

  it('puts the new-messages divider before the first unread message of someone else', () => {
    const messages = [msg(1), msg(2, { authorId: ME }), msg(3), msg(4)];
    expect(firstUnreadSeq(messages, 1, ME)).toBe(3);
    expect(firstUnreadSeq(messages, 4, ME)).toBeUndefined();
    expect(firstUnreadSeq(messages, undefined, ME)).toBeUndefined();
  });
});
