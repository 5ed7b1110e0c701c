import { Link } from '@tanstack/react-router';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, Loading } from '../../components/states';
import { labelLookup, useTaxonomies } from '../taxonomies/use-taxonomies';
import { sameItem } from './decisions';
import { itemParam, type ItemRef, type ModerationSearch } from './moderation-search';
import type { QueueItem, useQueue } from './use-moderation';
import { WaitingTime } from './waiting-time';

// The queue, oldest first: each item names its organisation, country, kind and how long it has
// waited, and opens in the detail panel (its address says which item is open).

export const QUEUE_HEADING_ID = 'moderation-queue-heading';

export function QueueList({
  queue,
  search,
  selected,
  headingRef,
}: {
  queue: ReturnType<typeof useQueue>;
  search: ModerationSearch;
  selected: ItemRef | undefined;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  const label = labelLookup(useTaxonomies().data);
  const items: QueueItem[] = queue.data ?? [];
  return (
    <section className="queue" aria-labelledby={QUEUE_HEADING_ID}>
      <h2 id={QUEUE_HEADING_ID} ref={headingRef} tabIndex={-1}>
        {t('moderation.queue.title')}
      </h2>
      <p className="field-hint">{t('moderation.queue.order')}</p>
      {queue.isPending ? (
        <Loading />
      ) : queue.isError ? (
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('moderation.queue.emptyTitle')}>
          <p>{search.kind || search.country ? t('moderation.queue.emptyFiltered') : t('moderation.queue.emptyBody')}</p>
        </EmptyState>
      ) : (
        <>
          <ol className="queue-items">
            {items.map((item) => {
              const current = sameItem(item, selected);
              return (
                <li
                  key={`${item.kind}:${item.id}`}
                  className={current ? 'queue-item queue-item-current' : 'queue-item'}
                >
                  {/* The router marks the open item's link aria-current="page": its address is the page's. */}
                  <Link to="/moderation" search={{ ...search, item: itemParam(item) }} className="queue-item-link">
                    <span className="queue-item-name">{item.displayName}</span>
                    <span className="queue-item-meta">
                      <span className={`badge queue-kind-${item.kind}`}>{t(`moderation.kinds.${item.kind}`)}</span>{' '}
                      <span>{label('countries', item.country)}</span>
                    </span>
                    <span className="queue-item-waiting">
                      {t(`moderation.waitingSince.${item.kind}`)} <WaitingTime since={item.waitingSince} />
                    </span>
                  </Link>
                </li>
              );
            })}
          </ol>
          {queue.hasNextPage && (
            <button
              type="button"
              className="button button-secondary"
              disabled={queue.isFetchingNextPage}
              onClick={() => void queue.fetchNextPage()}
            >
              {queue.isFetchingNextPage ? t('common.loading') : t('moderation.queue.more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
