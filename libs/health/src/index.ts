// Dependency health checks shared by the three processes.
export * from './health';
