import type { Locale } from '@syndesmos/common';

// Every kind of notification: who gets it is decided where it happens; how it reaches them
// (in the app, by e-mail at once, in a daily or weekly digest, or not at all) is each user's
// choice per kind, starting from the default here.

export const DELIVERIES = ['in_app', 'immediate', 'daily', 'weekly', 'off'] as const;
export type Delivery = (typeof DELIVERIES)[number];

/** The title from the payload (the latest event's) and how many events the entry groups. */
type Text = (p: Record<string, unknown>, count: number) => string;

interface KindDefinition {
  default: Delivery;
  /** One line saying what happened, per language. */
  title: Record<Locale, Text>;
  /** Where in the app it leads (a path under the public web URL). */
  path: (p: Record<string, unknown>) => string;
}

const org = (p: Record<string, unknown>) => `/organisations/${p.organisationId}`;
const consortium = (p: Record<string, unknown>) => `/consortia/${p.consortiumId}`;
const call = (p: Record<string, unknown>) => `/calls/${p.callId}`;

export const NOTIFICATION_KINDS = {
  'organisation.invitation': {
    default: 'immediate',
    title: {
      en: (p) => `${p.inviterName} invited you to join ${p.organisationName}`,
      el: (p) => `${p.inviterName} σας προσκάλεσε στον οργανισμό ${p.organisationName}`,
    },
    path: () => '/invitations',
  },
  'organisation.approved': {
    default: 'immediate',
    title: {
      en: (p) => `${p.organisationName} is published`,
      el: (p) => `Ο οργανισμός ${p.organisationName} δημοσιεύτηκε`,
    },
    path: org,
  },
  'organisation.rejected': {
    default: 'immediate',
    title: {
      en: (p) => `${p.organisationName} was not approved: ${p.reason}`,
      el: (p) => `Ο οργανισμός ${p.organisationName} δεν εγκρίθηκε: ${p.reason}`,
    },
    path: org,
  },
  'organisation.suspended': {
    default: 'immediate',
    title: {
      en: (p) => `${p.organisationName} was suspended: ${p.reason}`,
      el: (p) => `Ο οργανισμός ${p.organisationName} ανεστάλη: ${p.reason}`,
    },
    path: org,
  },
  'organisation.reinstated': {
    default: 'immediate',
    title: {
      en: (p) => `${p.organisationName} is published again`,
      el: (p) => `Ο οργανισμός ${p.organisationName} δημοσιεύτηκε ξανά`,
    },
    path: org,
  },
  'report.resolved': {
    default: 'in_app',
    title: {
      en: (p) => `Your report about ${p.organisationName} was ${p.outcome === 'actioned' ? 'upheld' : 'dismissed'}`,
      el: (p) =>
        `Η αναφορά σας για τον οργανισμό ${p.organisationName} ${p.outcome === 'actioned' ? 'έγινε δεκτή' : 'απορρίφθηκε'}`,
    },
    path: org,
  },
  'call.answered': {
    default: 'immediate',
    title: {
      en: (p) => `${p.organisationName} answered your call “${p.callTitle}”`,
      el: (p) => `Ο οργανισμός ${p.organisationName} απάντησε στην αναζήτηση «${p.callTitle}»`,
    },
    path: call,
  },
  'answer.shortlisted': {
    default: 'immediate',
    title: {
      en: (p) => `Your answer to “${p.callTitle}” was shortlisted`,
      el: (p) => `Η απάντησή σας στην αναζήτηση «${p.callTitle}» προκρίθηκε`,
    },
    path: call,
  },
  'answer.declined': {
    default: 'immediate',
    title: {
      en: (p) => `Your answer to “${p.callTitle}” was declined`,
      el: (p) => `Η απάντησή σας στην αναζήτηση «${p.callTitle}» δεν προκρίθηκε`,
    },
    path: call,
  },
  'call.expired': {
    default: 'immediate',
    title: {
      en: (p) => `Your call “${p.title}” has expired`,
      el: (p) => `Η αναζήτηση «${p.title}» έληξε`,
    },
    path: call,
  },
  'consortium.invited': {
    default: 'immediate',
    title: {
      en: (p) => `${p.organisationName} is invited to the consortium ${p.consortiumName}`,
      el: (p) => `Ο οργανισμός ${p.organisationName} προσκλήθηκε στην κοινοπραξία ${p.consortiumName}`,
    },
    path: () => '/consortium-invitations',
  },
  'consortium.invitation_accepted': {
    default: 'immediate',
    title: {
      en: (p) => `${p.organisationName} joined ${p.consortiumName}`,
      el: (p) => `Ο οργανισμός ${p.organisationName} εντάχθηκε στην κοινοπραξία ${p.consortiumName}`,
    },
    path: consortium,
  },
  'consortium.invitation_declined': {
    default: 'immediate',
    title: {
      en: (p) => `${p.organisationName} declined to join ${p.consortiumName}`,
      el: (p) => `Ο οργανισμός ${p.organisationName} αρνήθηκε την πρόσκληση στην κοινοπραξία ${p.consortiumName}`,
    },
    path: consortium,
  },
  'consortium.member_left': {
    default: 'immediate',
    title: {
      en: (p) => `${p.organisationName} left ${p.consortiumName}`,
      el: (p) => `Ο οργανισμός ${p.organisationName} αποχώρησε από την κοινοπραξία ${p.consortiumName}`,
    },
    path: consortium,
  },
  'consortium.member_removed': {
    default: 'immediate',
    title: {
      en: (p) => `${p.organisationName} was removed from ${p.consortiumName}`,
      el: (p) => `Ο οργανισμός ${p.organisationName} αφαιρέθηκε από την κοινοπραξία ${p.consortiumName}`,
    },
    path: consortium,
  },
  'consortium.coordinator_changed': {
    default: 'immediate',
    title: {
      en: (p) => `${p.organisationName} now coordinates ${p.consortiumName}: ${p.previousName} was deleted`,
      el: (p) =>
        `Ο οργανισμός ${p.organisationName} συντονίζει πλέον την κοινοπραξία ${p.consortiumName}: ο οργανισμός ${p.previousName} διαγράφηκε`,
    },
    path: consortium,
  },
  'consortium.status_changed': {
    default: 'immediate',
    title: {
      en: (p) =>
        `${p.consortiumName} is now ${String(p.status).replace('_', ' ')}${p.reason === 'coordinator_deleted' ? ': its coordinator was deleted and no full partner was left' : ''}`,
      el: (p) =>
        `Η κοινοπραξία ${p.consortiumName} είναι πλέον: ${STATUS_EL[p.status as string] ?? p.status}${p.reason === 'coordinator_deleted' ? ' (ο συντονιστής διαγράφηκε και δεν έμεινε πλήρης εταίρος)' : ''}`,
    },
    path: consortium,
  },
  'channel.mention': {
    default: 'immediate',
    title: {
      en: (p) => `${p.authorName} mentioned you in ${p.channelTitle}`,
      el: (p) => `${p.authorName} σας ανέφερε στη συζήτηση ${p.channelTitle}`,
    },
    path: (p) => `/channels/${p.channelId}`,
  },
  'match.suggested': {
    default: 'weekly',
    title: {
      // Grouped, an entry says how many were found rather than naming only the latest.
      en: (p, n) =>
        n > 1
          ? `${n} possible partners for ${p.organisationName}, among them ${p.suggestedName}`
          : `A possible partner for ${p.organisationName}: ${p.suggestedName}`,
      el: (p, n) =>
        n > 1
          ? `${n} πιθανοί εταίροι για τον οργανισμό ${p.organisationName}, ανάμεσά τους ο ${p.suggestedName}`
          : `Πιθανός εταίρος για τον οργανισμό ${p.organisationName}: ${p.suggestedName}`,
    },
    path: (p) => `/organisations/${p.suggestedId}`,
  },
  'moderation.queue_item': {
    default: 'daily',
    title: {
      en: (p) => `New in your queue (${p.country}): ${QUEUE_EN[p.item as string] ?? p.item} for ${p.organisationName}`,
      el: (p) => `Νέο στην ουρά σας (${p.country}): ${QUEUE_EL[p.item as string] ?? p.item} για ${p.organisationName}`,
    },
    path: () => '/moderation/queue',
  },
} satisfies Record<string, KindDefinition>;

const STATUS_EL: Record<string, string> = {
  forming: 'σε σύσταση',
  ready: 'έτοιμη',
  submitted: 'υποβλήθηκε',
  funded: 'χρηματοδοτείται',
  not_funded: 'δεν χρηματοδοτήθηκε',
  closed: 'κλειστή',
};
const QUEUE_EN: Record<string, string> = {
  submission: 'a profile submitted',
  revision: 'a revision',
  report: 'a report',
};
const QUEUE_EL: Record<string, string> = { submission: 'υποβολή προφίλ', revision: 'αναθεώρηση', report: 'αναφορά' };

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;
export const NOTIFICATION_KIND_NAMES = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];

export function isNotificationKind(value: string): value is NotificationKind {
  return Object.prototype.hasOwnProperty.call(NOTIFICATION_KINDS, value);
}

export function describe(
  kind: string,
  payload: Record<string, unknown>,
  locale: Locale,
  count = 1,
): { title: string; path: string } {
  if (!isNotificationKind(kind)) return { title: kind, path: '/' };
  const def: KindDefinition = NOTIFICATION_KINDS[kind];
  return { title: def.title[locale](payload, count), path: def.path(payload) };
}

export function defaultDelivery(kind: NotificationKind): Delivery {
  return NOTIFICATION_KINDS[kind].default as Delivery;
}
