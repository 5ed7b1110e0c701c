/**
 * At most `limit` pieces of work at once; the rest wait their turn, first come first served.
 *
 * A node restarting, or a network coming back, brings thousands of sockets at once. Each
 * handshake and first sync reads PostgreSQL a few times; let in all together, they queue in the
 * pool past its connection timeout and fail (and starve the sends of the sockets already in).
 * Waiting here instead, they are admitted as fast as the database answers.
 */
export class Admission {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {
    if (!(limit >= 1)) throw new Error(`an admission limit is at least 1, not ${limit}`);
  }

  /** How many wait for their turn now. */
  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running < this.limit) this.running++;
    else await new Promise<void>((turn) => this.waiting.push(turn));
    try {
      return await work();
    } finally {
      // The slot passes straight to the next in line, so `running` never overshoots.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
