import { describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS, notificationRoute } from './notification-route';

describe('notificationRoute', () => {
  it('leads each kind to the page it is about', () => {
    const id = '6f1c2a4e-2b1d-4c3e-9a7b-1d2e3f4a5b6c';
    expect(notificationRoute('call.answered', { callId: id })).toEqual({ to: '/calls/$id', params: { id } });
    expect(notificationRoute('answer.shortlisted', { callId: id })).toEqual({ to: '/my/answers' });
    expect(notificationRoute('consortium.invited', { consortiumId: id })).toEqual({ to: '/consortia' });
    expect(notificationRoute('consortium.status_changed', { consortiumId: id })).toEqual({
      to: '/consortia/$id',
      params: { id },
    });
    expect(notificationRoute('channel.mention', { channelId: id })).toEqual({ to: '/channels/$id', params: { id } });
    expect(notificationRoute('organisation.rejected', { organisationId: id })).toEqual({
      to: '/my/organisations/$id',
      params: { id },
    });
    expect(notificationRoute('moderation.queue_item', {})).toEqual({ to: '/moderation' });
  });

  it('opens the suggestions of the subject a match was found for', () => {
    expect(notificationRoute('match.suggested', { subjectKind: 'call', subjectId: 'c1', suggestedId: 'o1' })).toEqual({
      to: '/suggestions',
      search: { subject: 'call', id: 'c1' },
    });
    expect(notificationRoute('match.suggested', { suggestedId: 'o1' })).toEqual({
      to: '/organisations/$id',
      params: { id: 'o1' },
    });
  });

  it('falls back to the centre for an unknown kind or a payload without its id', () => {
    expect(notificationRoute('something.new', {})).toEqual({ to: '/notifications' });
    expect(notificationRoute('call.answered', {})).toEqual({ to: '/notifications' });
  });

  it('maps every kind of the API to a page other than the centre when its ids are there', () => {
    const payload = { organisationId: 'o', callId: 'c', consortiumId: 'k', channelId: 'h', suggestedId: 's' };
    const fallback = NOTIFICATION_KINDS.filter((k) => notificationRoute(k, payload).to === '/notifications');
    expect(fallback).toEqual([]);
  });
});
