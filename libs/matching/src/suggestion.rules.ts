import type { SubjectKind, TargetKind } from './matching.repository';

// Who may see and act on a suggestion, and which actions a suggestion offers: pure decisions,
// so the API only carries them.

export const SUGGESTION_ACTIONS = ['message', 'answer', 'invite'] as const;
export type SuggestionAction = (typeof SUGGESTION_ACTIONS)[number];

/** How the viewer stands in the organisation a subject speaks for (a consortia `Standing` fits). */
export interface OwnerStanding {
  memberOf(organisationId: string): boolean;
  adminOf(organisationId: string): boolean;
}

export type SuggestionAccess = 'allowed' | 'not_found' | 'forbidden';

/**
 * Members of the organisation a subject speaks for see its suggestions; its owners and admins
 * act on them. To anyone else they do not exist (404, as for the subject itself).
 */
export function suggestionAccess(owner: string | null, standing: OwnerStanding, use: 'see' | 'act'): SuggestionAccess {
  if (!owner || !standing.memberOf(owner)) return 'not_found';
  if (use === 'act' && !standing.adminOf(owner)) return 'forbidden';
  return 'allowed';
}

/**
 * What a suggestion lets one do: message a suggested organisation, invite it into the
 * consortium it was suggested for, answer a suggested call.
 */
export function actionApplies(
  action: SuggestionAction,
  s: { subjectKind: SubjectKind; targetKind: TargetKind },
): boolean {
  if (action === 'message') return s.targetKind === 'organisation';
  if (action === 'invite') return s.subjectKind === 'consortium' && s.targetKind === 'organisation';
  return s.targetKind === 'call';
}

/** How often each kind of suggestion was taken up: acted on or saved, of all made. */
export function acceptanceRate(counts: { suggested: number; saved: number; acted: number }): number {
  return counts.suggested ? Math.round(((counts.acted + counts.saved) / counts.suggested) * 1000) / 1000 : 0;
}
