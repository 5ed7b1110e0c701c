import { TypingRelay } from './typing-relay';

describe('TypingRelay', () => {
  it('passes on the start of typing, then at most once per interval while it goes on', () => {
    const relay = new TypingRelay(3000);
    const passed = [0, 500, 2999, 3000, 4000, 6500].map((t) => relay.relay('c1', true, t));
    expect(passed).toEqual([true, false, false, true, false, true]);
  });

  it('passes on "stopped" only after a "typing" the others heard, and typing again at once after it', () => {
    const relay = new TypingRelay(3000);
    expect(relay.relay('c1', false, 0)).toBe(false);
    expect(relay.relay('c1', true, 100)).toBe(true);
    expect(relay.relay('c1', false, 200)).toBe(true);
    expect(relay.relay('c1', false, 300)).toBe(false);
    expect(relay.relay('c1', true, 400)).toBe(true);
  });

  it('keeps channels apart, and forgets a channel the socket left', () => {
    const relay = new TypingRelay(3000);
    expect(relay.relay('c1', true, 0)).toBe(true);
    expect(relay.relay('c2', true, 10)).toBe(true);
    expect(relay.relay('c1', true, 20)).toBe(false);
    relay.forget('c1');
    expect(relay.relay('c1', true, 30)).toBe(true);
    expect(relay.relay('c2', false, 40)).toBe(true);
  });
});
