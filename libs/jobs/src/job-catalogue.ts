import type { JobsOptions } from 'bullmq';

// The typed job catalogue: every queue, job name and payload in one place. A producer takes
// `{ name, data }`, so a payload that does not fit its job does not compile.

export const QueueName = {
  Maintenance: 'maintenance',
  Search: 'search',
  Notifications: 'notifications',
  Matching: 'matching',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export interface JobPayloads {
  'auth.purge-ended-sessions': { olderThanDays: number };
  'search.sync-organisation': { organisationId: string };
  'search.sync-call': { callId: string };
  'calls.expire-due': Record<string, never>;
  'notifications.push': { notificationId: string };
  'mail.send': { mailId: string };
  'notifications.digest': { frequency: 'daily' | 'weekly' };
  'matching.refresh': {
    subjectKind: 'organisation' | 'call' | 'consortium';
    subjectId: string;
    /** Newcomers the reverse pass found would enter this subject's list (see matching.reverse). */
    include?: { organisations?: string[]; calls?: string[] };
  };
  /** Incremental unless `mode: 'full'` (the weekly schedule sends `{}`). */
  'matching.refresh-all': { mode?: 'full' | 'incremental' };
  /** A published or changed organisation, or an opened or changed call: refresh the lists it would enter. */
  'matching.reverse': { targetKind: 'organisation' | 'call'; targetId: string };
}

export type JobName = keyof JobPayloads;
export type JobOf<N extends JobName = JobName> = { [K in N]: { name: K; data: JobPayloads[K] } }[N];

interface JobDefinition {
  queue: QueueName;
  options: JobsOptions;
  /** Rejects a payload that does not have the promised shape (it may come from an old release). */
  validate(data: unknown): string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Index jobs outlive any Meilisearch outage: retried with a capped backoff for hours. */
export const SEARCH_SYNC_OPTIONS: JobsOptions = { attempts: 1000, backoff: { type: 'capped' } };
export const CAPPED_BACKOFF_MAX_MS = 30_000;
export function cappedBackoff(attemptsMade: number): number {
  return Math.min(250 * 2 ** Math.max(0, attemptsMade - 1), CAPPED_BACKOFF_MAX_MS);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Newcomers one matching.refresh may be asked to consider, per kind. */
export const MAX_INCLUDED = 50;
const isUuidList = (v: unknown): boolean =>
  Array.isArray(v) && v.length <= MAX_INCLUDED && v.every((x) => typeof x === 'string' && UUID.test(x));

export const JOB_DEFINITIONS: { [N in JobName]: JobDefinition } = {
  'auth.purge-ended-sessions': {
    queue: QueueName.Maintenance,
    options: { attempts: 3, backoff: { type: 'exponential', delay: 5_000 } },
    validate: (data) =>
      isRecord(data) && Number.isInteger(data.olderThanDays) && (data.olderThanDays as number) >= 0
        ? []
        : ['olderThanDays must be a non-negative integer'],
  },
  'search.sync-organisation': {
    queue: QueueName.Search,
    options: SEARCH_SYNC_OPTIONS,
    validate: (data) =>
      isRecord(data) && typeof data.organisationId === 'string' && UUID.test(data.organisationId)
        ? []
        : ['organisationId must be a UUID'],
  },
  'search.sync-call': {
    queue: QueueName.Search,
    options: SEARCH_SYNC_OPTIONS,
    validate: (data) =>
      isRecord(data) && typeof data.callId === 'string' && UUID.test(data.callId) ? [] : ['callId must be a UUID'],
  },
  'calls.expire-due': {
    queue: QueueName.Maintenance,
    // Idempotent and scheduled again within the quarter hour: a few quick retries suffice.
    options: { attempts: 3, backoff: { type: 'exponential', delay: 5_000 } },
    validate: (data) => (isRecord(data) && Object.keys(data).length === 0 ? [] : ['takes no payload']),
  },
  'notifications.push': {
    queue: QueueName.Notifications,
    // Live pushes are worth a few quick tries; the notification itself is already stored.
    options: { attempts: 5, backoff: { type: 'exponential', delay: 1_000 } },
    validate: (data) =>
      isRecord(data) && typeof data.notificationId === 'string' && UUID.test(data.notificationId)
        ? []
        : ['notificationId must be a UUID'],
  },
  'mail.send': {
    queue: QueueName.Notifications,
    // An SMTP outage delays mail; it does not lose it (capped backoff, for hours).
    options: SEARCH_SYNC_OPTIONS,
    validate: (data) =>
      isRecord(data) && typeof data.mailId === 'string' && UUID.test(data.mailId) ? [] : ['mailId must be a UUID'],
  },
  'notifications.digest': {
    queue: QueueName.Notifications,
    options: { attempts: 3, backoff: { type: 'exponential', delay: 10_000 } },
    validate: (data) =>
      isRecord(data) && (data.frequency === 'daily' || data.frequency === 'weekly')
        ? []
        : ['frequency must be daily or weekly'],
  },
  'matching.refresh': {
    queue: QueueName.Matching,
    options: { attempts: 5, backoff: { type: 'exponential', delay: 2_000 }, removeOnFail: { age: 30 * 24 * 3600 } },
    validate: (data) => {
      if (
        !isRecord(data) ||
        !['organisation', 'call', 'consortium'].includes(data.subjectKind as string) ||
        typeof data.subjectId !== 'string' ||
        !UUID.test(data.subjectId)
      ) {
        return ['subjectKind must be organisation, call or consortium, and subjectId a UUID'];
      }
      if (data.include === undefined) return [];
      const include = data.include;
      const ok =
        isRecord(include) &&
        Object.keys(include).every((k) => k === 'organisations' || k === 'calls') &&
        Object.values(include).every(isUuidList);
      return ok ? [] : [`include may hold organisations and calls, each at most ${MAX_INCLUDED} UUIDs`];
    },
  },
  'matching.refresh-all': {
    queue: QueueName.Matching,
    options: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 }, removeOnFail: { age: 30 * 24 * 3600 } },
    validate: (data) =>
      isRecord(data) &&
      Object.keys(data).every((k) => k === 'mode') &&
      (data.mode === undefined || data.mode === 'full' || data.mode === 'incremental')
        ? []
        : ['mode, if given, must be full or incremental; nothing else'],
  },
  'matching.reverse': {
    queue: QueueName.Matching,
    options: { attempts: 5, backoff: { type: 'exponential', delay: 2_000 }, removeOnFail: { age: 30 * 24 * 3600 } },
    validate: (data) =>
      isRecord(data) &&
      (data.targetKind === 'organisation' || data.targetKind === 'call') &&
      typeof data.targetId === 'string' &&
      UUID.test(data.targetId)
        ? []
        : ['targetKind must be organisation or call, and targetId a UUID'],
  },
};

/** A burst of changes to one subject within this window makes one matching job. */
export const MATCHING_DEBOUNCE_MS = 5_000;
export function matchingJob(subjectKind: 'organisation' | 'call' | 'consortium', subjectId: string) {
  return {
    job: { name: 'matching.refresh' as const, data: { subjectKind, subjectId } },
    jobId: `match-${subjectKind}-${subjectId}-${Math.floor(Date.now() / MATCHING_DEBOUNCE_MS)}`,
  };
}

/**
 * The reverse pass for a newcomer, once per burst of its changes; and the refresh of one subject
 * it found, with the newcomer to consider (apart from that subject's own debounced refresh, so
 * neither swallows the other).
 */
export function reverseJob(targetKind: 'organisation' | 'call', targetId: string) {
  return {
    job: { name: 'matching.reverse' as const, data: { targetKind, targetId } },
    jobId: `reverse-${targetKind}-${targetId}-${Math.floor(Date.now() / MATCHING_DEBOUNCE_MS)}`,
  };
}
export function pinnedMatchingJob(
  subjectKind: 'organisation' | 'call' | 'consortium',
  subjectId: string,
  target: { kind: 'organisation' | 'call'; id: string },
) {
  const include = target.kind === 'organisation' ? { organisations: [target.id] } : { calls: [target.id] };
  return {
    job: { name: 'matching.refresh' as const, data: { subjectKind, subjectId, include } },
    jobId: `match-${subjectKind}-${subjectId}-with-${target.id}-${Math.floor(Date.now() / MATCHING_DEBOUNCE_MS)}`,
  };
}

export const JOB_NAMES = Object.keys(JOB_DEFINITIONS) as JobName[];

/** A mail has one job id however many times it is enqueued (relay, sweep): sent once. */
export const mailJobId = (mailId: string): string => `mail-${mailId}`;

// ---- outbox topics: what a committed change announces, and the job each becomes ----

/** The payload each outbox topic carries. A topic is written by the API, relayed by the worker. */
export interface OutboxTopicPayloads {
  'organisation.changed': Record<string, never>;
  'partner_call.changed': Record<string, never>;
  'consortium.changed': Record<string, never>;
  'notification.created': Record<string, never>;
  'mail.queued': Record<string, never>;
}
export type OutboxTopic = keyof OutboxTopicPayloads;

/** A job the relay makes; with `jobId` a mapping debounces (matching) or dedupes (mail) itself. */
export type RelayedJob = JobOf | { job: JobOf; jobId: string };

interface OutboxTopicDefinition {
  /** Rejects a payload that does not have the promised shape (a newer or broken writer). */
  validate(payload: unknown): string[];
  toJob(aggregateId: string): RelayedJob;
}

const noPayload = (payload: unknown): string[] =>
  isRecord(payload) && Object.keys(payload).length === 0 ? [] : ['takes no payload'];

// Every topic and the job it becomes: a topic without a job here does not compile.
export const OUTBOX_TOPICS: { [T in OutboxTopic]: OutboxTopicDefinition } = {
  'organisation.changed': {
    validate: noPayload,
    toJob: (organisationId) => ({ name: 'search.sync-organisation', data: { organisationId } }),
  },
  'partner_call.changed': { validate: noPayload, toJob: (callId) => ({ name: 'search.sync-call', data: { callId } }) },
  'consortium.changed': { validate: noPayload, toJob: (consortiumId) => matchingJob('consortium', consortiumId) },
  'notification.created': {
    validate: noPayload,
    toJob: (notificationId) => ({ name: 'notifications.push', data: { notificationId } }),
  },
  'mail.queued': {
    validate: noPayload,
    toJob: (mailId) => ({ job: { name: 'mail.send', data: { mailId } }, jobId: mailJobId(mailId) }),
  },
};

export const isOutboxTopic = (topic: string): topic is OutboxTopic => Object.hasOwn(OUTBOX_TOPICS, topic);

/**
 * The job an outbox row becomes, or why it never can (an unknown topic, a payload or job data
 * that fails validation): such a row is set aside instead of holding up the rows behind it.
 */
export function jobForOutboxRow(
  topic: string,
  aggregateId: string,
  payload: unknown,
): { ok: true; job: RelayedJob } | { ok: false; error: string } {
  if (!isOutboxTopic(topic)) return { ok: false, error: `no job for outbox topic ${topic}` };
  const payloadProblems = OUTBOX_TOPICS[topic].validate(payload);
  if (payloadProblems.length)
    return { ok: false, error: `invalid payload for ${topic}: ${payloadProblems.join('; ')}` };
  const job = OUTBOX_TOPICS[topic].toJob(aggregateId);
  const { name, data } = 'jobId' in job ? job.job : job;
  const jobProblems = JOB_DEFINITIONS[name].validate(data);
  if (jobProblems.length) return { ok: false, error: `invalid payload for ${name}: ${jobProblems.join('; ')}` };
  return { ok: true, job };
}

// ---- schedules: every repeating job, in one list the worker registers and keeps registered ----

export type ScheduleWhen = { everyMs: number } | { cron: string };

export interface ScheduleDefinition {
  job: JobOf;
  when: ScheduleWhen;
  /** Tells apart schedules of one job with different payloads. */
  variant?: string;
}

/** When the weekly matching refresh runs: Sunday 03:00 UTC. */
export const MATCHING_REFRESH_CRON = '0 3 * * 0';

export const JOB_SCHEDULES: readonly ScheduleDefinition[] = [
  { job: { name: 'auth.purge-ended-sessions', data: { olderThanDays: 30 } }, when: { everyMs: 24 * 3600 * 1000 } },
  // Answer-by dates are days: checking every quarter hour expires a call soon after its day ends.
  { job: { name: 'calls.expire-due', data: {} }, when: { everyMs: 15 * 60 * 1000 } },
  // Digests go to each user once per period; checking hourly spreads them over the day.
  {
    job: { name: 'notifications.digest', data: { frequency: 'daily' } },
    when: { everyMs: 3600 * 1000 },
    variant: 'daily',
  },
  {
    job: { name: 'notifications.digest', data: { frequency: 'weekly' } },
    when: { everyMs: 3600 * 1000 },
    variant: 'weekly',
  },
  // Weekly at a quiet hour for Europe, not at every start: a full refresh keeps Meilisearch
  // busy for minutes and would slow search after each deployment (or each Redis loss).
  { job: { name: 'matching.refresh-all', data: {} }, when: { cron: MATCHING_REFRESH_CRON } },
];

/** The key of a schedule in its queue: one per job, or per job and variant. */
export const scheduleKey = (s: Pick<ScheduleDefinition, 'job' | 'variant'>): string =>
  s.variant ? `schedule:${s.job.name}:${s.variant}` : `schedule:${s.job.name}`;

/** Retries and retention are set here, not at call sites. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

export function jobOptions(name: JobName, overrides: JobsOptions = {}): JobsOptions {
  return { ...DEFAULT_JOB_OPTIONS, ...JOB_DEFINITIONS[name].options, ...overrides };
}

export function queuesOf(names: readonly JobName[]): QueueName[] {
  return [...new Set(names.map((n) => JOB_DEFINITIONS[n].queue))];
}
