import { createRedis } from '@syndesmos/redis';
import { freePort } from '../support/processes';
import { until } from '../support/until';

// A process closing while Redis is down must be able to exit: its clients stop reconnecting.
describe('Redis connections', () => {
  it('keeps reconnecting to a Redis that is down, and stops once told to', async () => {
    let closing = false;
    const client = createRedis(
      { url: `redis://127.0.0.1:${await freePort()}`, prefix: 'x:', stopRetrying: () => closing },
      'bullmq',
    );
    const copy = client.duplicate(); // as BullMQ makes for its blocking connections
    try {
      await new Promise((r) => setTimeout(r, 700));
      expect(client.status).not.toBe('end');
      expect(copy.status).not.toBe('end');
      closing = true;
      await until(async () => client.status === 'end' && copy.status === 'end', 'clients to give up', 5_000);
    } finally {
      client.disconnect();
      copy.disconnect();
    }
  });
});
