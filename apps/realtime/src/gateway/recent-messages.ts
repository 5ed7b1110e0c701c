import type { MessagePayload } from '@syndesmos/realtime-events';

// The messages a gateway node received lately, per channel. Two senders on two nodes publish
// in the order their processes get to it, not always in sequence order, so a node may hear
// message 8 just before message 7. Before, every socket of the channel then read 7 back from
// PostgreSQL on its own (ten sockets, ten reads, more the busier the nodes were); now a
// socket's gap is filled from here, after waiting a moment for the missing one to arrive, and
// PostgreSQL is asked only for what an outage of Redis really lost.

/** How long a gap waits for the missing message to arrive before reading it from PostgreSQL. */
export const GAP_WAIT_MS = 50;
/** Per channel, the latest messages kept (a gap is a message or two out of order)… */
export const RECENT_PER_CHANNEL = 16;
/**
 * …for at most this many channels with sockets on this node (the least lately active
 * forgotten first): at most 32,000 messages, some tens of megabytes.
 */
export const RECENT_CHANNELS = 2000;

export class RecentMessages {
  private readonly channels = new Map<string, Map<number, MessagePayload>>();
  private readonly waiting = new Map<string, (() => void)[]>();

  /** Keeps a message that arrived, and wakes whoever waits for one in its channel. */
  add(message: MessagePayload): void {
    let held = this.channels.get(message.channelId);
    if (held) this.channels.delete(message.channelId);
    else held = new Map();
    // Most lately active last: the first is forgotten first.
    this.channels.set(message.channelId, held);
    held.set(message.seq, message);
    if (held.size > RECENT_PER_CHANNEL) held.delete(Math.min(...held.keys()));
    if (this.channels.size > RECENT_CHANNELS) this.channels.delete(this.channels.keys().next().value!);
    const waiters = this.waiting.get(message.channelId);
    if (waiters) {
      this.waiting.delete(message.channelId);
      for (const wake of waiters) wake();
    }
  }

  /** An edit or deletion replaces the kept message, so a gap is never filled with an old text. */
  update(message: MessagePayload): void {
    const held = this.channels.get(message.channelId);
    if (held?.has(message.seq)) held.set(message.seq, message);
  }

  get(channelId: string): ReadonlyMap<number, MessagePayload> | undefined {
    return this.channels.get(channelId);
  }

  /** Resolves when the next message of the channel arrives, or after `ms`. */
  arrival(channelId: string, ms: number): Promise<void> {
    return new Promise((done) => {
      const timer = setTimeout(() => {
        const waiters = this.waiting.get(channelId);
        const left = waiters?.filter((w) => w !== wake) ?? [];
        if (left.length) this.waiting.set(channelId, left);
        else this.waiting.delete(channelId);
        done();
      }, ms);
      const wake = () => {
        clearTimeout(timer);
        done();
      };
      this.waiting.set(channelId, [...(this.waiting.get(channelId) ?? []), wake]);
    });
  }
}
