// Configuration: the environment, parsed and checked once at boot.
export * from './env.schema';
export * from './config.module';
