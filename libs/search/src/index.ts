// Search: the only code that talks to Meilisearch, and the launcher for a local one.
export * from './meili-client';
export * from './meili-searcher';
export * from './meili-server';
export * from './search.module';
export * from './organisation-index';
export * from './organisation-search.service';
export * from './search-query';
export * from './versioned-index';
export * from './index-keeper';
export * from './call-index';
export * from './call-search.service';
