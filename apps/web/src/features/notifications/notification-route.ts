import type { Schemas } from '../../api/client';

export type NotificationKind = Schemas['NotificationKind'];
export type Delivery = Schemas['Delivery'];

/** Every kind, in the order the preferences list them (the API's enum, grouped by subject). */
export const NOTIFICATION_KINDS: readonly NotificationKind[] = [
  'organisation.invitation',
  'organisation.approved',
  'organisation.rejected',
  'organisation.suspended',
  'organisation.reinstated',
  'report.resolved',
  'call.answered',
  'answer.shortlisted',
  'answer.declined',
  'call.expired',
  'consortium.invited',
  'consortium.invitation_accepted',
  'consortium.invitation_declined',
  'consortium.member_left',
  'consortium.member_removed',
  'consortium.coordinator_changed',
  'consortium.status_changed',
  'channel.mention',
  'match.suggested',
  'moderation.queue_item',
];

export const DELIVERIES: readonly Delivery[] = ['in_app', 'immediate', 'daily', 'weekly', 'off'];

/** A place in the web app, as the router's Link takes it. */
export type AppRoute =
  | {
      to: '/calls/$id' | '/consortia/$id' | '/channels/$id' | '/organisations/$id' | '/my/organisations/$id';
      params: { id: string };
    }
  | { to: '/suggestions'; search: { subject: 'organisation' | 'call' | 'consortium'; id: string } }
  | { to: '/my/organisations' | '/my/answers' | '/consortia' | '/moderation' | '/notifications' };

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * Where a notification leads in this app. The API's `link` is the mail's address; the app maps
 * each kind to its own page instead (the invited organisation's admins see the invitation among
 * their consortia, members of a rejected organisation its editor with the reason...).
 */
export function notificationRoute(kind: string, payload: Record<string, unknown>): AppRoute {
  const withId = (to: Extract<AppRoute, { params: unknown }>['to'], id: unknown): AppRoute => {
    const s = str(id);
    return s ? { to, params: { id: s } } : { to: '/notifications' };
  };
  switch (kind) {
    case 'organisation.invitation':
      return { to: '/my/organisations' };
    case 'organisation.approved':
    case 'organisation.rejected':
    case 'organisation.suspended':
    case 'organisation.reinstated':
      return withId('/my/organisations/$id', payload.organisationId);
    case 'report.resolved':
      return withId('/organisations/$id', payload.organisationId);
    case 'call.answered':
    case 'call.expired':
      return withId('/calls/$id', payload.callId);
    case 'answer.shortlisted':
    case 'answer.declined':
      return { to: '/my/answers' };
    case 'consortium.invited':
      return { to: '/consortia' };
    case 'consortium.invitation_accepted':
    case 'consortium.invitation_declined':
    case 'consortium.member_left':
    case 'consortium.member_removed':
    case 'consortium.coordinator_changed':
    case 'consortium.status_changed':
      return withId('/consortia/$id', payload.consortiumId);
    case 'channel.mention':
      return withId('/channels/$id', payload.channelId);
    case 'match.suggested': {
      const subject = str(payload.subjectKind);
      const id = str(payload.subjectId);
      if ((subject === 'organisation' || subject === 'call' || subject === 'consortium') && id)
        return { to: '/suggestions', search: { subject, id } };
      return withId('/organisations/$id', payload.suggestedId);
    }
    case 'moderation.queue_item':
      return { to: '/moderation' };
    default:
      return { to: '/notifications' };
  }
}
