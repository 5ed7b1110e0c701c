// Redis: the one ioredis factory (key prefix, fail-fast app clients, BullMQ clients).
export type { Redis } from 'ioredis';
export * from './redis.factory';
export * from './redis.module';
export * from './redis-lock';
