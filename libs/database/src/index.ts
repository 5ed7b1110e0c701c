// PostgreSQL through TypeORM: the data source, snake_case naming, and the migrations.
export { DataSource, type EntityManager } from 'typeorm';
export * from './data-source';
export * from './database.module';
export * from './snake-naming.strategy';
export { MIGRATIONS } from './migrations';
export * from './query-results';
