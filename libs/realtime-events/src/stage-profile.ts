import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

// Where a message's time goes, for the realtime benchmark's profile (test/bench/README.md):
// each stage of a send and of a delivery is timed when REALTIME_PROFILE names a file, and the
// process writes the figures there when it stops. Off (the default), recording costs a check.

export interface StageFigures {
  count: number;
  totalMs: number;
  meanMs: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

const SAMPLES = 200_000;
/** The event loop is sampled this often; each sample is the time since the last, less this. */
const LOOP_RESOLUTION_MS = 5;

export class StageProfile {
  private readonly stages = new Map<string, number[]>();
  /** How late the event loop ran timers: time every stage waited behind other work. */
  private readonly loop: IntervalHistogram | null;

  constructor(private readonly file: string | null) {
    this.loop = file ? monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS }) : null;
    this.loop?.enable();
  }

  get on(): boolean {
    return this.file !== null;
  }

  /** Now, when profiling (else 0): the start of a stage. */
  start(): number {
    return this.file ? performance.now() : 0;
  }

  /** Records the stage's time since `start` (a `start()` value). */
  end(stage: string, start: number): void {
    if (this.file) this.record(stage, performance.now() - start);
  }

  record(stage: string, ms: number): void {
    if (!this.file) return;
    let samples = this.stages.get(stage);
    if (!samples) this.stages.set(stage, (samples = []));
    if (samples.length < SAMPLES) samples.push(ms);
  }

  figures(): Record<string, StageFigures> {
    const out: Record<string, StageFigures> = {};
    for (const [stage, samples] of this.stages) {
      const sorted = [...samples].sort((a, b) => a - b);
      const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
      const totalMs = sorted.reduce((a, b) => a + b, 0);
      out[stage] = {
        count: sorted.length,
        totalMs,
        meanMs: totalMs / Math.max(1, sorted.length),
        p50Ms: at(50),
        p99Ms: at(99),
        maxMs: sorted[sorted.length - 1] ?? 0,
      };
    }
    if (this.loop && this.loop.count > 0) {
      const ms = (ns: number) => Math.max(0, ns / 1e6 - LOOP_RESOLUTION_MS);
      out['event loop delay'] = {
        count: this.loop.count,
        totalMs: ms(this.loop.mean) * this.loop.count,
        meanMs: ms(this.loop.mean),
        p50Ms: ms(this.loop.percentile(50)),
        p99Ms: ms(this.loop.percentile(99)),
        maxMs: ms(this.loop.max),
      };
    }
    return out;
  }

  /** Writes the figures to the file (when profiling). */
  flush(): void {
    if (this.file) writeFileSync(this.file, JSON.stringify(this.figures()));
  }
}

/** The process's profile: on when REALTIME_PROFILE names the file to write at the end. */
export const stageProfile = new StageProfile(process.env.REALTIME_PROFILE || null);
