import { buildHandlerTable, handler } from './job-handlers';

describe('job handler table', () => {
  const purge = handler('auth.purge-ended-sessions', async () => undefined);
  const sync = handler('search.sync-organisation', async () => undefined);
  const syncCall = handler('search.sync-call', async () => undefined);
  const expire = handler('calls.expire-due', async () => undefined);
  const push = handler('notifications.push', async () => undefined);
  const mail = handler('mail.send', async () => undefined);
  const digest = handler('notifications.digest', async () => undefined);
  const match = handler('matching.refresh', async () => undefined);
  const matchAll = handler('matching.refresh-all', async () => undefined);
  const reverse = handler('matching.reverse', async () => undefined);
  const all = [purge, sync, syncCall, expire, push, mail, digest, match, matchAll, reverse];

  it('accepts exactly one handler per job', () => {
    expect(buildHandlerTable(all).size).toBe(10);
  });

  it('refuses a job with two handlers', () => {
    expect(() => buildHandlerTable([...all, purge])).toThrow(/more than one handler/);
  });

  it('refuses a catalogue job without a handler', () => {
    expect(() => buildHandlerTable([])).toThrow(/auth.purge-ended-sessions has no handler/);
  });
});
