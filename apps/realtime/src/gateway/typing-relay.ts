/** How often a socket's "typing" in one channel is passed on while it keeps typing. */
export const TYPING_RELAY_MS = 3000;

/**
 * Decides which of a socket's typing signals reach the channel. A client says "typing" as often
 * as it likes (the web app every 3 s while keys are pressed, some clients before every message);
 * the others only need to hear it again before their indicator lapses (6 s in the web app). So
 * "typing" is passed on when it starts, and then at most once every TYPING_RELAY_MS; "stopped"
 * is passed on only after a "typing" that was, so no one hears a change that did not happen.
 */
export class TypingRelay {
  /** Per channel: when "typing" was last passed on (absent: not typing, as far as the others know). */
  private readonly since = new Map<string, number>();

  constructor(private readonly everyMs = TYPING_RELAY_MS) {}

  relay(channelId: string, typing: boolean, now: number): boolean {
    const last = this.since.get(channelId);
    if (!typing) return this.since.delete(channelId);
    if (last !== undefined && now - last < this.everyMs) return false;
    this.since.set(channelId, now);
    return true;
  }

  /** The socket left the channel. */
  forget(channelId: string): void {
    this.since.delete(channelId);
  }
}
