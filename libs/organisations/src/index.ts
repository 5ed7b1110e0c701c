// Organisations: profiles, membership, invitations, lifecycle, NA moderation and its audit log.
export * from './moderation.service';
export type { NamedAuditEntry, QueueKind, QueueStats } from './moderation.repository';
export * from './organisation-profile';
export * from './organisation.entity';
export * from './organisation.rules';
export * from './organisation.service';
export * from './organisation-deletion';
export * from './organisations.module';
export type {
  InvitationConcerning,
  MemberKey,
  MemberRow,
  NameKey,
  PageRequest,
  Paged,
  TimeKey,
} from './organisation.repository';
export * from './viewer';
export * from './moderation-scope';
export * from './organisation-indexer';
export { ORGANISATION_CHANGED } from './organisation.repository';
export * from './search-document';
