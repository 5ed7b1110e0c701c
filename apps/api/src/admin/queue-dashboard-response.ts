import { ApiProperty } from '@nestjs/swagger';
import { JOB_NAMES, QueueName } from '@syndesmos/jobs';
import type { OutboxBacklog, SetAsideOutboxRow } from '@syndesmos/outbox';
import { DATE_TIME } from '../common/openapi-fields';

// What GET /v1/admin/queues answers: the documented classes and the pure mapping from what
// BullMQ and the outbox report (epoch milliseconds become ISO 8601).

/** One queue as read from BullMQ. */
export interface QueueSnapshot {
  queue: string;
  counts: Record<string, number>;
  active: { id?: string; name: string; progress: unknown; startedAt?: number }[];
  failed: { id?: string; name: string; data: unknown; reason: string; attempts: number; failedAt?: number }[];
  schedules: { key: string; every?: number | null; next?: number | null }[];
}

const JOB_NAME = { enum: [...JOB_NAMES] } as const;
const COUNT = { type: 'integer', minimum: 0 } as const;

export class QueueCountsDto {
  @ApiProperty(COUNT) waiting!: number;
  @ApiProperty(COUNT) active!: number;
  @ApiProperty(COUNT) delayed!: number;
  @ApiProperty(COUNT) completed!: number;
  @ApiProperty(COUNT) failed!: number;
}

export class RunningJobDto {
  @ApiProperty({ type: String, nullable: true }) id!: string | null;
  @ApiProperty(JOB_NAME) name!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    nullable: true,
    description: 'What the job reported, such as `{ done, total }`; null before it reports',
  })
  progress!: Record<string, number> | null;
  @ApiProperty({ ...DATE_TIME, nullable: true }) startedAt!: string | null;
}

export class FailedJobDto {
  @ApiProperty({ type: String, nullable: true }) id!: string | null;
  @ApiProperty(JOB_NAME) name!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The job’s payload' })
  data!: Record<string, unknown>;
  @ApiProperty({ description: 'Why its last attempt failed' }) reason!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) attempts!: number;
  @ApiProperty({ ...DATE_TIME, nullable: true }) failedAt!: string | null;
}

export class QueueScheduleDto {
  @ApiProperty({ example: 'schedule:calls.expire-due' }) key!: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Milliseconds between runs; null for a cron schedule' })
  every!: number | null;
  @ApiProperty({ ...DATE_TIME, nullable: true, description: 'The next run' }) next!: string | null;
}

export class QueueViewDto {
  @ApiProperty({ enum: Object.values(QueueName) }) queue!: string;
  @ApiProperty({ type: QueueCountsDto }) counts!: QueueCountsDto;
  @ApiProperty({ type: RunningJobDto, isArray: true, maxItems: 21, description: 'The first running jobs' })
  active!: RunningJobDto[];
  @ApiProperty({ type: FailedJobDto, isArray: true, maxItems: 21, description: 'The latest failures' })
  failed!: FailedJobDto[];
  @ApiProperty({ type: QueueScheduleDto, isArray: true }) schedules!: QueueScheduleDto[];
}

export class SetAsideOutboxRowDto {
  @ApiProperty({ type: String, pattern: '^[0-9]+$' }) id!: string;
  @ApiProperty({ example: 'organisation.changed' }) topic!: string;
  @ApiProperty() aggregateId!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The row’s payload as stored' })
  payload!: Record<string, unknown>;
  @ApiProperty({ ...DATE_TIME }) createdAt!: string;
  @ApiProperty({ description: 'Why it cannot be relayed' }) error!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) attempts!: number;
  @ApiProperty({ ...DATE_TIME }) setAsideAt!: string;
}

export class OutboxViewDto {
  @ApiProperty({ ...COUNT, description: 'Rows waiting to be relayed' }) pending!: number;
  @ApiProperty({ ...COUNT, description: 'Rows set aside, waiting for an operator' }) setAside!: number;
  @ApiProperty({ ...DATE_TIME, nullable: true }) oldestSetAsideAt!: string | null;
  @ApiProperty({
    type: SetAsideOutboxRowDto,
    isArray: true,
    maxItems: 100,
    description: 'The oldest 100 set-aside rows (`npm run cli -- outbox-list` shows them all)',
  })
  setAsideRows!: SetAsideOutboxRowDto[];
}

export class QueueDashboardResponseDto {
  @ApiProperty({ type: QueueViewDto, isArray: true, description: 'Every job queue of the platform' })
  queues!: QueueViewDto[];
  @ApiProperty({ type: OutboxViewDto }) outbox!: OutboxViewDto;
}

const isoOrNull = (ms: number | null | undefined): string | null =>
  typeof ms === 'number' ? new Date(ms).toISOString() : null;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const numbers = (v: unknown): Record<string, number> | null =>
  isRecord(v)
    ? Object.fromEntries(Object.entries(v).filter((e): e is [string, number] => typeof e[1] === 'number'))
    : null;

export function toQueueDashboardResponse(d: {
  queues: QueueSnapshot[];
  outbox: OutboxBacklog & { setAsideRows: SetAsideOutboxRow[] };
}): QueueDashboardResponseDto {
  return {
    queues: d.queues.map((q) => ({
      queue: q.queue,
      counts: {
        waiting: q.counts.waiting ?? 0,
        active: q.counts.active ?? 0,
        delayed: q.counts.delayed ?? 0,
        completed: q.counts.completed ?? 0,
        failed: q.counts.failed ?? 0,
      },
      active: q.active.map((j) => ({
        id: j.id ?? null,
        name: j.name,
        progress: numbers(j.progress),
        startedAt: isoOrNull(j.startedAt),
      })),
      failed: q.failed.map((j) => ({
        id: j.id ?? null,
        name: j.name,
        data: isRecord(j.data) ? j.data : {},
        reason: j.reason,
        attempts: j.attempts,
        failedAt: isoOrNull(j.failedAt),
      })),
      schedules: q.schedules.map((s) => ({ key: s.key, every: s.every ?? null, next: isoOrNull(s.next) })),
    })),
    outbox: {
      pending: d.outbox.pending,
      setAside: d.outbox.setAside,
      oldestSetAsideAt: d.outbox.oldestSetAsideAt ? d.outbox.oldestSetAsideAt.toISOString() : null,
      setAsideRows: d.outbox.setAsideRows.map((r) => ({
        id: r.id,
        topic: r.topic,
        aggregateId: r.aggregateId,
        // Writers always store an object (appendToOutbox); anything else shows as empty.
        payload: isRecord(r.payload) ? r.payload : {},
        createdAt: r.createdAt.toISOString(),
        error: r.error,
        attempts: r.attempts,
        setAsideAt: r.setAsideAt.toISOString(),
      })),
    },
  };
}
