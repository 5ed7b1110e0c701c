// Background jobs: the typed catalogue, the one producer, the handler table check, and the
// inspector that shows the queues to operators.
export * from './job-catalogue';
export * from './job-handlers';
export * from './job-producer';
export * from './queue-inspector';
export * from './jobs.module';
