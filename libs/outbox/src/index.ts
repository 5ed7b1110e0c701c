// The transactional outbox: events written with the change, relayed to jobs by the worker.
export * from './outbox.repository';
export * from './outbox.module';
