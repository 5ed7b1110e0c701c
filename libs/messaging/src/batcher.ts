// Group commit without waiting: the items of one turn of the event loop go at once; items that arrive while
// `inFlight` batches are running wait for one of them to end and then go together, at most
// `maxBatch` at a time. An idle process adds no delay; a busy one sends fewer, larger
// statements (PostgreSQL's own cost per statement and per commit is paid once per batch).

interface Waiting<I, O> {
  item: I;
  resolve: (o: O) => void;
  reject: (err: unknown) => void;
}

export class Batcher<I, O> {
  private readonly queue: Waiting<I, O>[] = [];
  private running = 0;
  private scheduled = false;

  /** `run` answers one result per item, in order. */
  constructor(
    private readonly run: (items: I[]) => Promise<O[]>,
    private readonly inFlight = 2,
    private readonly maxBatch = 64,
  ) {}

  add(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      // Not at once: after the sockets read in this turn of the event loop, so sends that
      // arrived together go together (setImmediate runs right after the I/O callbacks).
      if (this.scheduled) return;
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        this.pump();
      });
    });
  }

  private pump(): void {
    while (this.running < this.inFlight && this.queue.length) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.running++;
      this.run(batch.map((w) => w.item))
        .then(
          (results) => batch.forEach((w, i) => w.resolve(results[i])),
          (err: unknown) => batch.forEach((w) => w.reject(err)),
        )
        .finally(() => {
          this.running--;
          this.pump();
        });
    }
  }
}
