// A message body as text, links and mentions. Bodies are plain text: nothing in them is ever
// treated as markup; only http(s) addresses become links.

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'mention'; text: string; userId: string };

const URL_RE = /\bhttps?:\/\/[^\s<>"']+/gi;
// Punctuation that ends a sentence rather than the address.
const TRAILING = /[.,;:!?)\]}]+$/;

/** Only absolute http(s) addresses; anything else (javascript:, data:…) stays text. */
export function safeHref(candidate: string): string | undefined {
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Splits a body into text, links and the mentions of the people it names (`@Name` for each
 * mentioned user's name, longest names first so "@Ana Maria" wins over "@Ana").
 */
export function segments(body: string, mentioned: { userId: string; name: string }[] = []): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const match of body.matchAll(URL_RE)) {
    const raw = match[0].replace(TRAILING, '');
    const href = safeHref(raw);
    if (!href) continue;
    out.push(...mentionSegments(body.slice(at, match.index), mentioned));
    out.push({ kind: 'link', text: raw, href });
    at = match.index + raw.length;
  }
  out.push(...mentionSegments(body.slice(at), mentioned));
  return out.filter((s) => s.text.length > 0);
}

function mentionSegments(text: string, mentioned: { userId: string; name: string }[]): Segment[] {
  const names = [...mentioned].sort((a, b) => b.name.length - a.name.length);
  const out: Segment[] = [];
  let rest = text;
  for (;;) {
    let best: { index: number; person: { userId: string; name: string } } | undefined;
    for (const person of names) {
      const index = rest.indexOf(`@${person.name}`);
      if (index >= 0 && (!best || index < best.index)) best = { index, person };
    }
    if (!best) break;
    out.push({ kind: 'text', text: rest.slice(0, best.index) });
    out.push({ kind: 'mention', text: `@${best.person.name}`, userId: best.person.userId });
    rest = rest.slice(best.index + best.person.name.length + 1);
  }
  out.push({ kind: 'text', text: rest });
  return out;
}

/** The `@word` being typed just before the caret, if any: where it starts and what it says so far. */
export function mentionQuery(text: string, caret: number): { start: number; query: string } | undefined {
  const before = text.slice(0, caret);
  const query = /(?:^|\s)@([^\s@]{0,30})$/.exec(before)?.[1];
  if (query === undefined) return undefined;
  return { start: before.length - query.length - 1, query };
}

/** People whose name has a word starting with the query (case and accents ignored). */
export function matchPeople<P extends { name: string }>(people: P[], query: string, max = 6): P[] {
  const q = fold(query);
  return people
    .filter(
      (p) =>
        fold(p.name)
          .split(/\s+/)
          .some((w) => w.startsWith(q)) || fold(p.name).startsWith(q),
    )
    .slice(0, max);
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** The mentions a body still holds when it is sent (a name typed then deleted is no mention). */
export function keptMentions(body: string, chosen: { userId: string; name: string }[]): string[] {
  return [...new Set(chosen.filter((p) => body.includes(`@${p.name}`)).map((p) => p.userId))];
}

/**
 * The mentions of an edited body: the channel's people whose "@Name" it holds (one whose name was
 * taken out is no longer mentioned; one who left the channel cannot be mentioned any more).
 */
export function editedMentions(body: string, people: Map<string, { userId: string; name: string }>): string[] {
  return keptMentions(body, [...people.values()]);
}
