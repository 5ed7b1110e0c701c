// Match suggestions: candidates from Meilisearch, a pure scoring function with named
// components and reasons (en/el), storage of the top ten per subject, and what people do
// with them.
export * from './scoring';
export * from './matching.service';
export * from './suggestion.service';
export * from './matching.module';
export { MatchingRepository } from './matching.repository';
export type { SubjectKind, TargetKind, SuggestionRow } from './matching.repository';
