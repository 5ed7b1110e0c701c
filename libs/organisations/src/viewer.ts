import { DomainException, ErrorCode, type Locale } from '@syndesmos/common';
import { moderates } from './moderation-scope';

/** Who is asking, as organisation and moderation rules need it (structurally an auth Principal). */
export interface Viewer {
  userId: string;
  role: 'user' | 'na_staff' | 'admin';
  naCountries: string[];
  /** False for a user who has not confirmed their e-mail address (absent for operator tools). */
  emailVerified?: boolean;
  /** The language of the answer (absent for operator tools: English). */
  locale?: Locale;
}

/** Publishing and messaging need a confirmed address. */
export function requireVerified(viewer: { emailVerified?: boolean }): void {
  if (viewer.emailVerified === false) throw new DomainException(ErrorCode.EmailNotVerified);
}

/**
 * Whether the viewer may know an organisation exists: everyone sees published ones; members
 * and its moderators see it in any state. Whoever may not gets the answer a missing one gets.
 */
export function seesOrganisation(
  viewer: Viewer | null,
  org: { status: string; country: string },
  isMember: boolean,
): boolean {
  return org.status === 'published' || isMember || moderates(viewer, org.country);
}
