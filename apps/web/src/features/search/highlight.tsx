import { Fragment } from 'react';

// Search answers mark matches with the exact strings `<mark>` and `</mark>` and leave everything
// else as the organisation wrote it, HTML included. Those two markers are the only markup we
// honour: the text between them becomes React text (escaped by React), never HTML.

const OPEN = '<mark>';
const CLOSE = '</mark>';

export interface HighlightPart {
  text: string;
  marked: boolean;
}

/**
 * The text cut into marked and unmarked runs. Nested markers count as one mark; a closing
 * marker with nothing open is dropped; a mark left open runs to the end of the text.
 */
export function highlightParts(value: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let depth = 0;
  let i = 0;
  const push = (text: string) => {
    if (!text) return;
    const marked = depth > 0;
    const last = parts[parts.length - 1];
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  };
  while (i < value.length) {
    const open = value.indexOf(OPEN, i);
    const close = value.indexOf(CLOSE, i);
    const next = open === -1 ? close : close === -1 ? open : Math.min(open, close);
    if (next === -1) {
      push(value.slice(i));
      break;
    }
    push(value.slice(i, next));
    if (next === open) {
      depth++;
      i = next + OPEN.length;
    } else {
      if (depth > 0) depth--;
      i = next + CLOSE.length;
    }
  }
  return parts;
}

/** The text without the markers: for labels and anything that is not rendered as marks. */
export function plainText(value: string): string {
  return highlightParts(value)
    .map((p) => p.text)
    .join('');
}

/** Highlighted text: `<mark>` around the matches, the rest as text. */
export function Highlighted({ value }: { value: string }) {
  return (
    <>
      {highlightParts(value).map((part, i) =>
        part.marked ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>,
      )}
    </>
  );
}
