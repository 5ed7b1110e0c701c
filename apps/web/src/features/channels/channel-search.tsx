import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { EmptyState, ErrorState, Loading } from '../../components/states';
import { MessageItem, type MessageContext } from './message-item';

/** Search within the conversation: the words go into the address (`?q=`). */
export function ChannelSearchForm({ channelId, q }: { channelId: string; q?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const [text, setText] = useState(q ?? '');
  useEffect(() => setText(q ?? ''), [q]);
  const go = (next: string | undefined) =>
    void navigate({ to: '/channels/$id', params: { id: channelId }, search: { q: next }, replace: true });
  return (
    <form
      role="search"
      className="channel-search"
      onSubmit={(e) => {
        e.preventDefault();
        go(text.trim() || undefined);
      }}
    >
      <label htmlFor={id}>{t('channels.search.label')}</label>
      <div className="channel-search-row">
        <input id={id} type="search" value={text} maxLength={200} onChange={(e) => setText(e.target.value)} />
        <button type="submit" className="button button-secondary button-small">
          {t('channels.search.submit')}
        </button>
        {q && (
          <button type="button" className="link-button" onClick={() => go(undefined)}>
            {t('channels.search.clear')}
          </button>
        )}
      </div>
    </form>
  );
}

export function ChannelSearchResults({ channelId, q, ctx }: { channelId: string; q: string; ctx: MessageContext }) {
  const { t } = useTranslation();
  const results = useQuery({
    queryKey: ['channels', channelId, 'search', q],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/v1/channels/{id}/messages', {
          params: { path: { id: channelId }, query: { q, limit: 50 } },
          signal,
        }),
      ),
  });
  if (results.isPending) return <Loading />;
  if (results.isError) return <ErrorState error={results.error} onRetry={() => void results.refetch()} />;
  const items = [...results.data.items].reverse();
  const summary = t('channels.search.results', { count: items.length, q });
  return (
    <section className="search-results" aria-label={summary}>
      {items.length === 0 ? (
        // Said once: what was searched, and that nothing has it.
        <div role="status">
          <EmptyState title={t('channels.search.none', { q })} />
        </div>
      ) : (
        <>
          <p role="status">{summary}</p>
          <ol className="messages">
            {items.map((m) => (
              <MessageItem
                key={m.id}
                message={m}
                ctx={ctx}
                action={
                  <Link to="/channels/$id" params={{ id: channelId }} search={{ at: m.seq }} replace>
                    {t('channels.search.show')}
                  </Link>
                }
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
