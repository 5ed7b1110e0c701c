// PostgreSQL through TypeORM: the data source, snake_case naming, the migrations, and the
// opaque transaction handle (Tx) services pass to repositories. TypeORM itself stays inside
// repositories: its DataSource and EntityManager are not exported from here.
export * from './data-source';
export * from './database.module';
export * from './snake-naming.strategy';
export { MIGRATIONS } from './migrations';
export * from './query-results';
export * from './transaction';
