import { useMemo } from 'react';
import { segments } from './message-text';
import type { ChannelPerson } from './use-channel-people';

/** A body as text, with its http(s) links clickable and the people it mentions marked. */
export function MessageBody({
  body,
  mentions,
  people,
}: {
  body: string;
  mentions: string[];
  people: Map<string, ChannelPerson>;
}) {
  const parts = useMemo(
    () =>
      segments(
        body,
        mentions.flatMap((id) => {
          const p = people.get(id);
          return p ? [{ userId: id, name: p.name }] : [];
        }),
      ),
    [body, mentions, people],
  );
  return (
    <p className="message-body">
      {parts.map((s, i) =>
        s.kind === 'link' ? (
          <a key={i} href={s.href} target="_blank" rel="noopener noreferrer">
            {s.text}
          </a>
        ) : s.kind === 'mention' ? (
          <strong key={i} className="mention">
            {s.text}
          </strong>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </p>
  );
}
