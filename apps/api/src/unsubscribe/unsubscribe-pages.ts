import type { Locale } from '@syndesmos/common';

// The small pages an unsubscribe link opens in a browser. Plain HTML with no script and no
// inline style, so the API's Content-Security-Policy needs no exception.

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const TEXT = {
  en: {
    confirmTitle: 'Stop these e-mails?',
    confirm: (what: string) => `You will no longer get e-mail about ${what}. You will still see it in Syndesmos.`,
    button: 'Stop these e-mails',
    keep: 'If you did not mean to, close this page: nothing has changed.',
    doneTitle: 'Done',
    done: (what: string) =>
      `You will no longer get e-mail about ${what}. You still see it in Syndesmos, and you can change this in your notification preferences.`,
    errorTitle: 'This link does not work',
    notFound: 'This unsubscribe link is not valid: it was changed, or its account no longer exists.',
    invalid: 'This unsubscribe link is incomplete. Open the link from the e-mail again.',
  },
  el: {
    confirmTitle: 'Διακοπή αυτών των e-mail;',
    confirm: (what: string) => `Δεν θα λαμβάνετε πλέον e-mail για ${what}. Θα τα βλέπετε ακόμη στο Syndesmos.`,
    button: 'Διακοπή αυτών των e-mail',
    keep: 'Αν δεν το θέλατε, κλείστε αυτή τη σελίδα: δεν άλλαξε τίποτα.',
    doneTitle: 'Έγινε',
    done: (what: string) =>
      `Δεν θα λαμβάνετε πλέον e-mail για ${what}. Θα τα βλέπετε ακόμη στο Syndesmos και μπορείτε να το αλλάξετε στις προτιμήσεις ειδοποιήσεων.`,
    errorTitle: 'Ο σύνδεσμος δεν λειτουργεί',
    notFound: 'Αυτός ο σύνδεσμος διαγραφής δεν είναι έγκυρος: άλλαξε ή ο λογαριασμός του δεν υπάρχει πλέον.',
    invalid: 'Αυτός ο σύνδεσμος διαγραφής είναι ελλιπής. Ανοίξτε ξανά τον σύνδεσμο από το e-mail.',
  },
} satisfies Record<Locale, unknown>;

function page(locale: Locale, title: string, body: string): string {
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(title)} · Syndesmos</title></head>
<body><main><h1>${escape(title)}</h1>${body}</main></body>
</html>`;
}

/** GET: says what stops and asks; only the button's POST (same signed parameters) changes anything. */
export function confirmPage(locale: Locale, what: string, action: string): string {
  const t = TEXT[locale];
  return page(
    locale,
    t.confirmTitle,
    `<p>${escape(t.confirm(what))}</p>
<form method="post" action="${escape(action)}"><input type="hidden" name="confirm" value="yes"><button type="submit">${escape(t.button)}</button></form>
<p>${escape(t.keep)}</p>`,
  );
}

export function donePage(locale: Locale, what: string): string {
  const t = TEXT[locale];
  return page(locale, t.doneTitle, `<p>${escape(t.done(what))}</p>`);
}

export function errorPage(locale: Locale, status: number): string {
  const t = TEXT[locale];
  return page(locale, t.errorTitle, `<p>${escape(status === 404 ? t.notFound : t.invalid)}</p>`);
}
