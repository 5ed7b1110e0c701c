// Consortia and partner calls: the programme's rules, calls and their answers, consortia with
// members, invitations and history, the calls index, and in-app notifications.
export * from './programme.rules';
export * from './consortium.rules';
export * from './call.rules';
export * from './consortia.entity';
export * from './consortium.service';
export * from './call.service';
export * from './call-indexer';
export * from './consortia.module';
export { CALL_CHANGED } from './calls.repository';
export type { MemberView, OrganisationFacts } from './consortia.repository';
