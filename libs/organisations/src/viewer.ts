import { DomainException, ErrorCode, type Locale } from '@syndesmos/common';

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

/** NA staff moderate their countries; platform admins moderate everywhere. */
export function moderates(viewer: Viewer | null, country: string): boolean {
  if (!viewer) return false;
  return viewer.role === 'admin' || (viewer.role === 'na_staff' && viewer.naCountries.includes(country));
}

/** The countries whose queue a viewer sees: null means all; throws for ordinary users. */
export function moderationScope(viewer: Viewer, country?: string): string[] | null {
  if (viewer.role === 'admin') return country ? [country] : null;
  if (viewer.role !== 'na_staff') throw new DomainException(ErrorCode.Forbidden, 'only NA staff moderate');
  if (country) {
    if (!viewer.naCountries.includes(country))
      throw new DomainException(ErrorCode.Forbidden, `you do not moderate ${country}`);
    return [country];
  }
  return viewer.naCountries;
}
