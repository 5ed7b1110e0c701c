// Process lifecycle shared by the apps and scripts: config at boot, connections, shutdown.
export * from './boot-process';
export * from './infrastructure.module';
