import type { Schemas } from '../../api/client';

// What a caller may do with a call in each status: the API's OWNER_CALL_TRANSITIONS
// (draft → open; open ⇄ paused; any of those → closed; expired and closed are final).

export type CallStatus = Schemas['CallResponseDto']['status'];
export type ClosedReason = NonNullable<Schemas['CallResponseDto']['closedReason']>;
export type AnswerStatus = Schemas['AnswerResponseDto']['status'];
export type CallTransition = 'open' | 'paused' | 'closed';

const TRANSITIONS: Record<CallStatus, readonly CallTransition[]> = {
  draft: ['open', 'closed'],
  open: ['paused', 'closed'],
  paused: ['open', 'closed'],
  closed: [],
  expired: [],
};

export function transitionsFrom(status: CallStatus): readonly CallTransition[] {
  return TRANSITIONS[status];
}

/** The decisions a caller may still take on an answer (they may change their mind). */
export function decisionsFor(status: AnswerStatus): ('shortlisted' | 'declined')[] {
  if (status === 'withdrawn') return [];
  return (['shortlisted', 'declined'] as const).filter((s) => s !== status);
}

/** Whether an answer can be invited into the call's consortium from the inbox. */
export function canInvite(answer: { status: AnswerStatus; invitationId: string | null }, consortiumId: string | null) {
  return answer.status === 'shortlisted' && !answer.invitationId && Boolean(consortiumId);
}

/** A call takes answers while open and its answer-by day (UTC) has not passed. */
export function takesAnswers(call: { status: CallStatus; answerBy: string }, today: string): boolean {
  return call.status === 'open' && call.answerBy >= today;
}
