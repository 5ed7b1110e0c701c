import { buildHandlerTable, handler } from './job-handlers';

describe('job handler table', () => {
  const purge = handler('auth.purge-ended-sessions', async () => undefined);
  const sync = handler('search.sync-organisation', async () => undefined);

  it('accepts exactly one handler per job', () => {
    expect(buildHandlerTable([purge, sync]).size).toBe(2);
  });

  it('refuses a job with two handlers', () => {
    expect(() => buildHandlerTable([purge, sync, purge])).toThrow(/more than one handler/);
  });

  it('refuses a catalogue job without a handler', () => {
    expect(() => buildHandlerTable([])).toThrow(/auth.purge-ended-sessions has no handler/);
  });
});
