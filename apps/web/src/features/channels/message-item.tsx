import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../components/states';
import { formatDateTime } from '../../i18n/format';
import { RealtimeError } from '../../realtime/socket';
import { edit, remove } from './channel-store';
import type { Message } from './channel-state';
import { MessageBody } from './message-body';
import { editedMentions } from './message-text';
import type { ChannelPerson } from './use-channel-people';

export interface MessageContext {
  me: string;
  people: Map<string, ChannelPerson>;
  /** The messages held, to quote the one replied to. */
  byId: Map<string, Message>;
  onReply: (m: Message) => void;
}

/** Who wrote it, as the reader should see it. */
export function useAuthorName() {
  const { t } = useTranslation();
  return (m: Pick<Message, 'authorId' | 'authorDeleted'>, ctx: Pick<MessageContext, 'me' | 'people'>): string => {
    if (m.authorDeleted || !m.authorId) return t('channels.message.deletedUser');
    if (m.authorId === ctx.me) return t('channels.message.you');
    return ctx.people.get(m.authorId)?.name ?? t('channels.message.formerMember');
  };
}

/** "In reply to Ana:" or "In reply to you:". */
export function useReplyLabel() {
  const { t } = useTranslation();
  const authorName = useAuthorName();
  return (quoted: Message, ctx: Pick<MessageContext, 'me' | 'people'>): string =>
    quoted.authorId === ctx.me && !quoted.authorDeleted
      ? t('channels.message.inReplyToYou')
      : t('channels.message.inReplyTo', { name: authorName(quoted, ctx) });
}

function refusal(err: unknown, t: (key: string) => string): string {
  if (err instanceof RealtimeError) return err.code === 'OFFLINE' ? t('channels.connection.offline') : err.message;
  return errorMessage(err, t);
}

function Editor({
  message,
  people,
  onDone,
}: {
  message: Message;
  people: Map<string, ChannelPerson>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState(message.body);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const save = async () => {
    if (!body.trim()) return;
    setBusy(true);
    try {
      await edit(message.id, body, editedMentions(body, people));
      onDone();
    } catch (err) {
      setError(refusal(err, t));
      setBusy(false);
    }
  };
  const id = `edit-${message.id}`;
  return (
    <form
      className="message-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {t('channels.message.editLabel')}
      </label>
      <textarea
        id={id}
        value={body}
        rows={2}
        maxLength={4000}
        autoFocus
        onChange={(e) => setBody(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onDone();
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            void save();
          }
        }}
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="message-actions">
        <button type="submit" className="button button-small" disabled={busy || !body.trim()}>
          {t('common.save')}
        </button>
        <button type="button" className="button button-small button-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

export function MessageItem({
  message,
  ctx,
  tabbable = true,
  highlighted = false,
  action,
}: {
  message: Message;
  ctx: MessageContext;
  /** Whether Tab reaches its actions (in the log, only the current message's; arrows move between them). */
  tabbable?: boolean;
  highlighted?: boolean;
  /** One more action beside Reply (a search result's "Show in the conversation"). */
  action?: ReactNode;
}) {
  const { t } = useTranslation();
  const authorName = useAuthorName();
  const replyLabel = useReplyLabel();
  const [mode, setMode] = useState<'view' | 'edit' | 'confirmDelete'>('view');
  const [error, setError] = useState<string>();
  const mine = message.authorId === ctx.me && !message.authorDeleted;
  const quoted = message.replyTo ? ctx.byId.get(message.replyTo) : undefined;
  const mentionsMe = message.mentions.includes(ctx.me);
  // An open editor or confirmation is always reachable.
  const stop = tabbable ? 0 : -1;
  const del = async () => {
    try {
      await remove(message.id);
      setMode('view');
    } catch (err) {
      setError(refusal(err, t));
    }
  };
  return (
    <li
      className={`message${mine ? ' message-mine' : ''}${mentionsMe ? ' message-mentions-me' : ''}${highlighted ? ' message-highlighted' : ''}`}
      data-seq={message.seq}
      tabIndex={-1}
    >
      <p className="message-meta">
        <span className="message-author">{authorName(message, ctx)}</span>{' '}
        <time dateTime={message.createdAt} className="muted">
          {formatDateTime(message.createdAt)}
        </time>
        {message.editedAt && !message.deleted && <span className="muted"> · {t('channels.message.edited')}</span>}
      </p>
      {message.replyTo && (
        <blockquote className="message-quote">
          {quoted ? (
            <>
              <span className="message-quote-who">{replyLabel(quoted, ctx)}</span>{' '}
              {quoted.deleted ? t('channels.message.deleted') : quoted.body.slice(0, 140)}
            </>
          ) : (
            t('channels.message.inReplyToEarlier')
          )}
        </blockquote>
      )}
      {mode === 'edit' ? (
        <Editor message={message} people={ctx.people} onDone={() => setMode('view')} />
      ) : message.deleted ? (
        <p className="message-body message-deleted">{t('channels.message.deleted')}</p>
      ) : (
        <MessageBody body={message.body} mentions={message.mentions} people={ctx.people} />
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {!message.deleted && mode === 'view' && (
        <div className="message-actions">
          <button type="button" className="link-button" tabIndex={stop} onClick={() => ctx.onReply(message)}>
            {t('channels.message.reply')}
          </button>
          {action}
          {mine && (
            <>
              <button type="button" className="link-button" tabIndex={stop} onClick={() => setMode('edit')}>
                {t('channels.message.edit')}
              </button>
              <button type="button" className="link-button" tabIndex={stop} onClick={() => setMode('confirmDelete')}>
                {t('channels.message.delete')}
              </button>
            </>
          )}
        </div>
      )}
      {mode === 'confirmDelete' && (
        <div className="message-actions" role="group" aria-label={t('channels.message.confirmDelete')}>
          <span>{t('channels.message.confirmDelete')}</span>
          <button type="button" className="button button-small button-danger" autoFocus onClick={() => void del()}>
            {t('channels.message.delete')}
          </button>
          <button type="button" className="button button-small button-secondary" onClick={() => setMode('view')}>
            {t('common.cancel')}
          </button>
        </div>
      )}
    </li>
  );
}
