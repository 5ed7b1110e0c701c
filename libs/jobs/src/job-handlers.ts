import { JOB_NAMES, type JobName, type JobPayloads } from './job-catalogue';

export type JobHandler<N extends JobName> = (
  data: JobPayloads[N],
  ctx: { jobId: string; attempt: number; progress?: (value: Record<string, number>) => void },
) => Promise<unknown>;

export interface HandlerRegistration<N extends JobName = JobName> {
  name: N;
  handle: JobHandler<N>;
}

/** One registration of any job: a union, so each keeps its own payload type. */
export type AnyHandlerRegistration = { [N in JobName]: HandlerRegistration<N> }[JobName];

export function handler<N extends JobName>(name: N, handle: JobHandler<N>): HandlerRegistration<N> {
  return { name, handle };
}

/** The worker refuses to start unless every job in the catalogue has exactly one handler. */
export function buildHandlerTable(registrations: AnyHandlerRegistration[]): Map<JobName, AnyHandlerRegistration> {
  const table = new Map<JobName, AnyHandlerRegistration>();
  const problems: string[] = [];
  for (const reg of registrations) {
    if (table.has(reg.name)) problems.push(`job ${reg.name} has more than one handler`);
    table.set(reg.name, reg);
  }
  for (const name of JOB_NAMES) if (!table.has(name)) problems.push(`job ${name} has no handler`);
  for (const name of table.keys()) if (!JOB_NAMES.includes(name)) problems.push(`handler for unknown job ${name}`);
  if (problems.length) throw new Error(`job handlers do not match the catalogue:\n  - ${problems.join('\n  - ')}`);
  return table;
}
