import type { Locale, Localised } from '@syndesmos/common';
import type { NotificationKind } from './kinds';

// What each kind of mail is about, in words people recognise (the unsubscribe page names
// it, never its code). Typed by kind, so a new kind without its words does not compile.
export const KIND_LABELS: Record<NotificationKind, Localised> = {
  'organisation.invitation': {
    en: 'invitations to join an organisation',
    el: 'προσκλήσεις συμμετοχής σε οργανισμό',
  },
  'organisation.approved': { en: 'your organisation’s publication', el: 'τη δημοσίευση του οργανισμού σας' },
  'organisation.rejected': {
    en: 'your organisation’s profile not being approved',
    el: 'τη μη έγκριση του προφίλ του οργανισμού σας',
  },
  'organisation.suspended': { en: 'your organisation’s suspension', el: 'την αναστολή του οργανισμού σας' },
  'organisation.reinstated': {
    en: 'your organisation being published again',
    el: 'την εκ νέου δημοσίευση του οργανισμού σας',
  },
  'report.resolved': { en: 'the outcome of your reports', el: 'την έκβαση των αναφορών σας' },
  'call.answered': { en: 'answers to your partner calls', el: 'απαντήσεις στις αναζητήσεις εταίρων σας' },
  'answer.shortlisted': {
    en: 'your answers being shortlisted',
    el: 'την πρόκριση των απαντήσεών σας',
  },
  'answer.declined': { en: 'your answers being declined', el: 'την απόρριψη των απαντήσεών σας' },
  'call.expired': { en: 'your partner calls expiring', el: 'τη λήξη των αναζητήσεων εταίρων σας' },
  'consortium.invited': { en: 'invitations to consortia', el: 'προσκλήσεις σε κοινοπραξίες' },
  'consortium.invitation_accepted': {
    en: 'accepted consortium invitations',
    el: 'αποδεκτές προσκλήσεις σε κοινοπραξίες',
  },
  'consortium.invitation_declined': {
    en: 'declined consortium invitations',
    el: 'προσκλήσεις σε κοινοπραξίες που απορρίφθηκαν',
  },
  'consortium.member_left': {
    en: 'members leaving your consortia',
    el: 'αποχωρήσεις μελών από τις κοινοπραξίες σας',
  },
  'consortium.member_removed': {
    en: 'your organisation being removed from a consortium',
    el: 'την αφαίρεση του οργανισμού σας από κοινοπραξία',
  },
  'consortium.coordinator_changed': {
    en: 'a new coordinator of your consortia',
    el: 'νέο συντονιστή στις κοινοπραξίες σας',
  },
  'consortium.status_changed': {
    en: 'changes in the state of your consortia',
    el: 'αλλαγές στην κατάσταση των κοινοπραξιών σας',
  },
  'channel.mention': { en: 'mentions in conversations', el: 'αναφορές σας σε συζητήσεις' },
  'match.suggested': { en: 'suggested partners', el: 'προτεινόμενους εταίρους' },
  'moderation.queue_item': {
    en: 'new items in your moderation queue',
    el: 'νέα θέματα στην ουρά ελέγχου σας',
  },
};

export function kindLabel(kind: NotificationKind, locale: Locale): string {
  return KIND_LABELS[kind][locale];
}
