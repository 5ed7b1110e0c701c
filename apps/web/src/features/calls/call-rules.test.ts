import { describe, expect, it } from 'vitest';
import { canInvite, decisionsFor, takesAnswers, transitionsFrom } from './call-rules';

describe('call rules', () => {
  it('offers the transitions the API allows', () => {
    expect(transitionsFrom('draft')).toEqual(['open', 'closed']);
    expect(transitionsFrom('open')).toEqual(['paused', 'closed']);
    expect(transitionsFrom('paused')).toEqual(['open', 'closed']);
    expect(transitionsFrom('expired')).toEqual([]);
  });
  it('lets the caller change their mind on an answer until it is withdrawn', () => {
    expect(decisionsFor('pending')).toEqual(['shortlisted', 'declined']);
    expect(decisionsFor('shortlisted')).toEqual(['declined']);
    expect(decisionsFor('withdrawn')).toEqual([]);
  });
  it('invites only a shortlisted answer not invited yet, once the consortium exists', () => {
    expect(canInvite({ status: 'shortlisted', invitationId: null }, 'c')).toBe(true);
    expect(canInvite({ status: 'shortlisted', invitationId: null }, null)).toBe(false);
    expect(canInvite({ status: 'shortlisted', invitationId: 'i' }, 'c')).toBe(false);
    expect(canInvite({ status: 'pending', invitationId: null }, 'c')).toBe(false);
  });
  it('takes answers while open up to the answer-by day', () => {
    expect(takesAnswers({ status: 'open', answerBy: '2027-01-10' }, '2027-01-10')).toBe(true);
    expect(takesAnswers({ status: 'open', answerBy: '2027-01-10' }, '2027-01-11')).toBe(false);
    expect(takesAnswers({ status: 'paused', answerBy: '2027-01-10' }, '2027-01-01')).toBe(false);
  });
});
