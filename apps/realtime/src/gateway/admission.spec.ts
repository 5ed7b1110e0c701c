import { Admission } from './admission';

const tick = () => new Promise((done) => setImmediate(done));

describe('Admission', () => {
  it('runs at most `limit` at once and the rest in the order they came', async () => {
    const gate = new Admission(2);
    const started: number[] = [];
    const finish: (() => void)[] = [];
    let running = 0;
    let most = 0;
    const all = [0, 1, 2, 3, 4].map((i) =>
      gate.run(async () => {
        started.push(i);
        running++;
        most = Math.max(most, running);
        await new Promise<void>((done) => (finish[i] = done));
        running--;
        return i * 10;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    expect(gate.queued).toBe(3);
    finish[1]();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    finish[0]();
    finish[2]();
    await tick();
    await tick();
    expect(started).toEqual([0, 1, 2, 3, 4]);
    finish[3]();
    finish[4]();
    await expect(Promise.all(all)).resolves.toEqual([0, 10, 20, 30, 40]);
    expect(most).toBe(2);
    expect(gate.queued).toBe(0);
  });

  it('frees the slot of work that fails', async () => {
    const gate = new Admission(1);
    await expect(gate.run(() => Promise.reject(new Error('no')))).rejects.toThrow('no');
    await expect(gate.run(() => Promise.resolve('next'))).resolves.toBe('next');
  });

  it('refuses a limit below one', () => {
    expect(() => new Admission(0)).toThrow('at least 1');
  });
});
