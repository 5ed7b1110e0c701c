import { buildHandlerTable, handler } from './job-handlers';

describe('job handler table', () => {
  const purge = handler('auth.purge-ended-sessions', async () => undefined);
  const sync = handler('search.sync-organisation', async () => undefined);
  const syncCall = handler('search.sync-call', async () => undefined);
  const expire = handler('calls.expire-due', async () => undefined);

  it('accepts exactly one handler per job', () => {
    expect(buildHandlerTable([purge, sync, syncCall, expire]).size).toBe(4);
  });

  it('refuses a job with two handlers', () => {
    expect(() => buildHandlerTable([purge, sync, syncCall, expire, purge])).toThrow(/more than one handler/);
  });

  it('refuses a catalogue job without a handler', () => {
    expect(() => buildHandlerTable([])).toThrow(/auth.purge-ended-sessions has no handler/);
  });
});
