// Background jobs: the typed catalogue, the one producer, and the handler table check.
export * from './job-catalogue';
export * from './job-handlers';
export * from './job-producer';
