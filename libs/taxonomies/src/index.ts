// Taxonomies as data, in one place: every code the platform stores, with a label per locale.
export * from './countries';
export * from './languages';
export * from './localise';
export * from './nace';
export * from './organisation-types';
export * from './programme';
export * from './report-categories';
export * from './size-bands';
export * from './target-groups';
export * from './topics';
