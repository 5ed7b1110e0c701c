import { DomainException, ErrorCode } from '@syndesmos/common';
import type { Viewer } from './viewer';

// Who moderates what, decided here and nowhere else: NA staff moderate the organisations of
// their countries, platform admins every organisation.

/** Whether the viewer moderates organisations in `country`. */
export function moderates(viewer: Viewer | null, country: string): boolean {
  if (!viewer) return false;
  return viewer.role === 'admin' || (viewer.role === 'na_staff' && viewer.naCountries.includes(country));
}

function requireModerator(viewer: Viewer): void {
  if (viewer.role !== 'na_staff' && viewer.role !== 'admin') {
    throw new DomainException(ErrorCode.Forbidden, 'only NA staff moderate');
  }
}

/**
 * The moderation-scope check for acting on one organisation (or a revision or report about
 * it, looked up first): anyone who is not staff gets 403; staff get the same 404 for
 * something outside their countries as for something that does not exist, so a decision
 * never tells them an organisation exists that reading would not show them.
 */
export function requireModerates<T extends { country: string }>(
  viewer: Viewer,
  subject: T | null | undefined,
  what = 'organisation',
): T {
  requireModerator(viewer);
  if (!subject || !moderates(viewer, subject.country))
    throw new DomainException(ErrorCode.NotFound, `${what} not found`);
  return subject;
}

/**
 * The countries whose queue, statistics and audit log a viewer sees: null means all. A
 * country filter outside the viewer's own is refused (403): countries are public, so saying
 * so leaks nothing.
 */
export function moderationScope(viewer: Viewer, country?: string): string[] | null {
  requireModerator(viewer);
  if (viewer.role === 'admin') return country ? [country] : null;
  if (country) {
    if (!moderates(viewer, country)) throw new DomainException(ErrorCode.Forbidden, `you do not moderate ${country}`);
    return [country];
  }
  return viewer.naCountries;
}
