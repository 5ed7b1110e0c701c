import type { Locale } from '@syndesmos/common';

// Mail templates in English and Greek, each with a plain-text and an HTML part. Data is
// escaped for HTML; links are absolute, built from the configured public URLs by the caller.

export const TEMPLATES = [
  'verify_email',
  'password_reset',
  'email_change',
  'organisation_invitation',
  'notification',
  'digest',
] as const;
export type TemplateName = (typeof TEMPLATES)[number];

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface DigestItem {
  title: string;
  link: string;
  count: number;
  at: string;
}

export type TemplateData = {
  verify_email: { name: string; link: string };
  password_reset: { name: string; link: string; minutes: number };
  email_change: { name: string; link: string; newEmail: string };
  organisation_invitation: { organisationName: string; inviterName: string; role: string; link: string };
  notification: { name: string; title: string; link: string; count: number; unsubscribeLink: string | null };
  digest: {
    name: string;
    frequency: 'daily' | 'weekly';
    items: DigestItem[];
    link: string;
    unsubscribeLink: string | null;
  };
};

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const SIGNATURE: Record<Locale, string> = {
  en: 'Syndesmos: partners for Erasmus+ VET',
  el: 'Syndesmos: εταίροι για την ΕΕΚ στο Erasmus+',
};
const UNSUBSCRIBE: Record<Locale, string> = {
  en: 'Stop these e-mails',
  el: 'Διακοπή αυτών των e-mail',
};

/** Paragraphs of text and one call-to-action link, as both parts. */
function compose(
  locale: Locale,
  subject: string,
  paragraphs: string[],
  action: { label: string; link: string } | null,
  unsubscribe: string | null,
): RenderedMail {
  const text = [
    ...paragraphs,
    ...(action ? [`${action.label}: ${action.link}`] : []),
    '',
    `-- ${SIGNATURE[locale]}`,
    ...(unsubscribe ? [`${UNSUBSCRIBE[locale]}: ${unsubscribe}`] : []),
  ].join('\n\n');
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5">${paragraphs
    .map((p) => `<p>${escape(p)}</p>`)
    .join('')}${
    action ? `<p><a href="${escape(action.link)}">${escape(action.label)}</a></p>` : ''
  }<hr><p style="color:#666;font-size:small">${escape(SIGNATURE[locale])}${
    unsubscribe ? ` · <a href="${escape(unsubscribe)}">${escape(UNSUBSCRIBE[locale])}</a>` : ''
  }</p></body></html>`;
  return { subject, text, html };
}

type Renderer<T extends TemplateName> = (d: TemplateData[T], locale: Locale) => RenderedMail;

const RENDERERS: { [T in TemplateName]: Renderer<T> } = {
  verify_email: (d, l) =>
    l === 'el'
      ? compose(
          l,
          'Επιβεβαιώστε τη διεύθυνση e-mail σας',
          [
            `Γεια σας ${d.name},`,
            'Επιβεβαιώστε ότι αυτή η διεύθυνση είναι δική σας, για να δημοσιεύετε προφίλ και να στέλνετε μηνύματα.',
          ],
          { label: 'Επιβεβαίωση', link: d.link },
          null,
        )
      : compose(
          l,
          'Confirm your e-mail address',
          [
            `Hello ${d.name},`,
            'Please confirm this address is yours, so that you can publish profiles and send messages.',
          ],
          { label: 'Confirm', link: d.link },
          null,
        ),
  password_reset: (d, l) =>
    l === 'el'
      ? compose(
          l,
          'Νέος κωδικός πρόσβασης',
          [
            `Γεια σας ${d.name},`,
            `Ζητήσατε νέο κωδικό. Ο σύνδεσμος ισχύει ${d.minutes} λεπτά και μία μόνο φορά. Αν δεν το ζητήσατε εσείς, αγνοήστε αυτό το μήνυμα.`,
          ],
          { label: 'Ορισμός νέου κωδικού', link: d.link },
          null,
        )
      : compose(
          l,
          'Reset your password',
          [
            `Hello ${d.name},`,
            `You asked for a new password. The link works once, for ${d.minutes} minutes. If it was not you, ignore this e-mail.`,
          ],
          { label: 'Choose a new password', link: d.link },
          null,
        ),
  email_change: (d, l) =>
    l === 'el'
      ? compose(
          l,
          'Επιβεβαιώστε τη νέα διεύθυνση e-mail',
          [
            `Γεια σας ${d.name},`,
            `Επιβεβαιώστε ότι θέλετε να χρησιμοποιείτε τη διεύθυνση ${d.newEmail} στο Syndesmos.`,
          ],
          { label: 'Επιβεβαίωση', link: d.link },
          null,
        )
      : compose(
          l,
          'Confirm your new e-mail address',
          [`Hello ${d.name},`, `Please confirm you want to use ${d.newEmail} on Syndesmos.`],
          { label: 'Confirm', link: d.link },
          null,
        ),
  organisation_invitation: (d, l) =>
    l === 'el'
      ? compose(
          l,
          `Πρόσκληση στον οργανισμό ${d.organisationName}`,
          [
            `${d.inviterName} σας προσκαλεί στον οργανισμό ${d.organisationName} στο Syndesmos (ρόλος: ${d.role}).`,
            'Συνδεθείτε ή δημιουργήστε λογαριασμό με αυτή τη διεύθυνση e-mail και αποδεχθείτε την πρόσκληση.',
          ],
          { label: 'Αποδοχή πρόσκλησης', link: d.link },
          null,
        )
      : compose(
          l,
          `Invitation to ${d.organisationName}`,
          [
            `${d.inviterName} invites you to join ${d.organisationName} on Syndesmos (role: ${d.role}).`,
            'Sign in, or create an account with this e-mail address, and accept the invitation.',
          ],
          { label: 'Accept the invitation', link: d.link },
          null,
        ),
  notification: (d, l) => {
    const again = d.count > 1 ? (l === 'el' ? ` (${d.count} φορές)` : ` (${d.count} times)`) : '';
    return compose(
      l,
      `${d.title}${again}`,
      [l === 'el' ? `Γεια σας ${d.name},` : `Hello ${d.name},`, `${d.title}${again}.`],
      { label: l === 'el' ? 'Άνοιγμα στο Syndesmos' : 'Open in Syndesmos', link: d.link },
      d.unsubscribeLink,
    );
  },
  digest: (d, l) => {
    const subject =
      l === 'el'
        ? `${d.frequency === 'daily' ? 'Ημερήσια' : 'Εβδομαδιαία'} σύνοψη: ${d.items.length} ενημερώσεις`
        : `Your ${d.frequency} summary: ${d.items.length} update${d.items.length === 1 ? '' : 's'}`;
    const lines = d.items.map((i) => `• ${i.title}${i.count > 1 ? ` (×${i.count})` : ''}: ${i.link}`);
    return compose(
      l,
      subject,
      [
        l === 'el' ? `Γεια σας ${d.name},` : `Hello ${d.name},`,
        l === 'el' ? 'Τι έγινε από την τελευταία σύνοψη:' : 'What happened since your last summary:',
        ...lines,
      ],
      { label: l === 'el' ? 'Άνοιγμα στο Syndesmos' : 'Open in Syndesmos', link: d.link },
      d.unsubscribeLink,
    );
  },
};

export function renderMail<T extends TemplateName>(template: T, locale: Locale, data: TemplateData[T]): RenderedMail {
  return (RENDERERS[template] as Renderer<T>)(data, locale);
}
