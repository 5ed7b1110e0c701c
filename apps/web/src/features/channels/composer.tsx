import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emitWithAck } from '../../realtime/socket';
import { send } from './channel-store';
import type { Message } from './channel-state';
import { keptMentions, matchPeople, mentionQuery } from './message-text';
import type { ChannelPerson } from './use-channel-people';

const TYPING_REFRESH_MS = 3000;
const TYPING_IDLE_MS = 4000;

/** Tells the others I am typing (at most every few seconds), and when I stop. */
function useTypingSignal(channelId: string) {
  const last = useRef(0);
  const idle = useRef<ReturnType<typeof setTimeout>>(undefined);
  const emit = (typing: boolean) => void emitWithAck('typing', { channelId, typing }, 3000).catch(() => undefined);
  const stop = () => {
    clearTimeout(idle.current);
    if (last.current !== 0) emit(false);
    last.current = 0;
  };
  useEffect(() => stop, [channelId]);
  return {
    typed() {
      const now = Date.now();
      if (now - last.current > TYPING_REFRESH_MS) {
        last.current = now;
        emit(true);
      }
      clearTimeout(idle.current);
      idle.current = setTimeout(stop, TYPING_IDLE_MS);
    },
    stop,
  };
}

/**
 * The message box: Enter sends, Shift+Enter starts a new line; "@" offers the channel's people
 * (arrows to move, Enter or Tab to choose, Escape to close). What is sent appears at once.
 */
export function Composer({
  channelId,
  inputId,
  people,
  me,
  replyTo,
  replyName,
  onCancelReply,
}: {
  channelId: string;
  /** The id of the message box (the log's "go to the message box" focuses it). */
  inputId: string;
  people: ChannelPerson[];
  me: string;
  replyTo: Message | undefined;
  replyName: string;
  onCancelReply: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [body, setBody] = useState('');
  const [chosen, setChosen] = useState<{ userId: string; name: string }[]>([]);
  const [query, setQuery] = useState<{ start: number; query: string }>();
  const [active, setActive] = useState(0);
  /** Where the caret stood after a chosen "@Name " (a space typed there is not doubled). */
  const chosenAt = useRef<number>(undefined);
  const typing = useTypingSignal(channelId);
  const options = query
    ? matchPeople(
        people.filter((p) => p.userId !== me),
        query.query,
      )
    : [];
  const open = options.length > 0;

  useEffect(() => {
    if (replyTo) box.current?.focus();
  }, [replyTo]);

  const submit = () => {
    const text = body.trim();
    if (!text) return;
    send({ channelId, body: text, replyTo: replyTo?.id ?? null, mentions: keptMentions(text, chosen) });
    setBody('');
    setChosen([]);
    setQuery(undefined);
    typing.stop();
    onCancelReply();
  };

  const choose = (p: ChannelPerson) => {
    if (!query) return;
    const caret = box.current?.selectionStart ?? body.length;
    const next = `${body.slice(0, query.start)}@${p.name} ${body.slice(caret)}`;
    const at = query.start + p.name.length + 2;
    setBody(next);
    setChosen((c) => [...c.filter((x) => x.userId !== p.userId), { userId: p.userId, name: p.name }]);
    setQuery(undefined);
    chosenAt.current = at;
    requestAnimationFrame(() => box.current?.setSelectionRange(at, at));
  };

  return (
    <form
      className="composer"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {replyTo && (
        <div className="composer-reply">
          <span>
            {t('channels.composer.replyingTo', { name: replyName })}{' '}
            <span className="muted">{replyTo.body.slice(0, 80)}</span>
          </span>
          <button type="button" className="link-button" onClick={onCancelReply}>
            {t('channels.composer.cancelReply')}
          </button>
        </div>
      )}
      <label htmlFor={inputId} className="visually-hidden">
        {t('channels.composer.label')}
      </label>
      <div className="composer-row">
        <div className="composer-field">
          <textarea
            id={inputId}
            ref={box}
            rows={2}
            maxLength={4000}
            value={body}
            placeholder={t('channels.composer.placeholder')}
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={`${id}-people`}
            aria-activedescendant={open ? `${id}-person-${active}` : undefined}
            aria-describedby={`${id}-hint`}
            onChange={(e) => {
              setBody(e.target.value);
              const q = mentionQuery(e.target.value, e.target.selectionStart);
              setQuery(q);
              setActive(0);
              if (e.target.value.trim()) typing.typed();
            }}
            onBlur={() => typing.stop()}
            onKeyDown={(e) => {
              const after = chosenAt.current;
              chosenAt.current = undefined;
              if (e.key === ' ' && after !== undefined && e.currentTarget.selectionStart === after) {
                // "@Name " already ends with the space the writer types next.
                e.preventDefault();
                return;
              }
              if (open) {
                if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                  e.preventDefault();
                  const step = e.key === 'ArrowDown' ? 1 : -1;
                  setActive((a) => (a + step + options.length) % options.length);
                  return;
                }
                if (e.key === 'Enter' || e.key === 'Tab') {
                  e.preventDefault();
                  const person = options[Math.min(active, options.length - 1)];
                  if (person) choose(person);
                  return;
                }
                if (e.key === 'Escape') {
                  e.preventDefault();
                  setQuery(undefined);
                  return;
                }
              }
              if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
                e.preventDefault();
                submit();
              }
            }}
          />
          <ul
            id={`${id}-people`}
            role="listbox"
            className="mention-options"
            hidden={!open}
            aria-label={t('channels.composer.people')}
          >
            {options.map((p, i) => (
              <li
                key={p.userId}
                id={`${id}-person-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(p);
                }}
              >
                {p.name}
                <span className="muted"> · {p.organisations.map((o) => o.name).join(', ')}</span>
              </li>
            ))}
          </ul>
        </div>
        <button type="submit" className="button" disabled={!body.trim()}>
          {t('channels.composer.send')}
        </button>
      </div>
      <p id={`${id}-hint`} className="field-hint">
        {t('channels.composer.hint')}
      </p>
    </form>
  );
}
