import { Accounts1764300000000 } from './1764300000000-accounts';
import { Organisations1764400000000 } from './1764400000000-organisations';
import { Outbox1764500000000 } from './1764500000000-outbox';
import { CallsConsortia1764600000000 } from './1764600000000-calls-consortia';
import { Messaging1764700000000 } from './1764700000000-messaging';
import { Notifications1764800000000 } from './1764800000000-notifications';
import { Matching1764900000000 } from './1764900000000-matching';
import { PrincipalInvalidation1765000000000 } from './1765000000000-principal-invalidation';
import { ProfileRepair1766100000000 } from './1766100000000-profile-repair';
import { OutboxSetAside1766300000000 } from './1766300000000-outbox-set-aside';
import { MessageAuthorDeleted1766400000000 } from './1766400000000-message-author-deleted';
import { Workplans1767000000000 } from './1767000000000-workplans';
import { CallExcludedCountries1767150000000 } from './1767150000000-call-excluded-countries';
import { MatchingFreshness1767200000000 } from './1767200000000-matching-freshness';
import { MatchingList1767300000000 } from './1767300000000-matching-list';

// Listed explicitly (no globs) so the same list works compiled, under jest and in a bundle.
export const MIGRATIONS = [
  Accounts1764300000000,
  Organisations1764400000000,
  Outbox1764500000000,
  CallsConsortia1764600000000,
  Messaging1764700000000,
  Notifications1764800000000,
  Matching1764900000000,
  PrincipalInvalidation1765000000000,
  ProfileRepair1766100000000,
  OutboxSetAside1766300000000,
  MessageAuthorDeleted1766400000000,
  Workplans1767000000000,
  CallExcludedCountries1767150000000,
  MatchingFreshness1767200000000,
  MatchingList1767300000000,
];
