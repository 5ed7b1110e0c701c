// Taxonomies as data: countries, languages (later NACE, organisation types, topics, rules).
export * from './countries';
