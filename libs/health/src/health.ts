export type DependencyCheck = () => Promise<unknown>;

export interface DependencyStatus {
  status: 'up' | 'down';
  latencyMs: number;
  error?: string;
}

export interface HealthReport {
  status: 'ok' | 'degraded';
  checks: Record<string, DependencyStatus>;
  down: string[];
}

/** Runs every check in parallel, each under the same timeout, and names the ones that failed. */
export async function checkDependencies(
  checks: Record<string, DependencyCheck>,
  timeoutMs = 1500,
): Promise<HealthReport> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]): Promise<[string, DependencyStatus]> => {
      const started = performance.now();
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          check(),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
          }),
        ]);
        return [name, { status: 'up', latencyMs: Math.round(performance.now() - started) }];
      } catch (err) {
        return [
          name,
          { status: 'down', latencyMs: Math.round(performance.now() - started), error: (err as Error).message },
        ];
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  const checksOut = Object.fromEntries(entries);
  const down = entries.filter(([, s]) => s.status === 'down').map(([n]) => n);
  return { status: down.length === 0 ? 'ok' : 'degraded', checks: checksOut, down };
}
