import type { Locale } from '@syndesmos/common';

export const ROLES = ['user', 'na_staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, as every authorization decision sees it. */
export interface Principal {
  userId: string;
  sessionId: string;
  role: Role;
  naCountries: string[];
  preferredLanguage: Locale;
  /**
   * The language answers to this caller use: the request's Accept-Language when it names one
   * (set by the transport), else `preferredLanguage`.
   */
  locale: Locale;
  /** Unverified users can sign in and look around, but not publish or message. */
  emailVerified: boolean;
}
