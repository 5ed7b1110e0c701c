// Structured JSON logging with credentials redacted.
export * from './logger';
export * from './logger.module';
