// Match suggestions: candidates from Meilisearch, a pure scoring function with named
// components and reasons (en/el), storage of the top ten per subject, the weekly refresh, and
// who may see and act on them.
export * from './scoring';
export * from './matching.service';
export * from './suggestion.rules';
export * from './suggestion.service';
export * from './matching.module';
export * from './pinned';
export * from './reverse-match';
export * from './refresh-planner';
export { SubjectStateRepository, type ListBar } from './subject-state.repository';
export { MatchingRepository, suggestionKey } from './matching.repository';
export type { SubjectKind, TargetKind, SuggestionRow, SuggestionKey } from './matching.repository';
