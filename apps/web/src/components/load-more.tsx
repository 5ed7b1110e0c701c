import { useTranslation } from 'react-i18next';

/** What LoadMore needs of a TanStack infinite query. */
interface Pages {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** The button under a list read page by page: there while a next page is, "Loading…" while it comes. */
export function LoadMore({ pages, label, className }: { pages: Pages; label: string; className?: string }) {
  const { t } = useTranslation();
  if (!pages.hasNextPage) return null;
  return (
    <p className={className}>
      <button
        type="button"
        className="button button-secondary"
        disabled={pages.isFetchingNextPage}
        onClick={() => void pages.fetchNextPage()}
      >
        {pages.isFetchingNextPage ? t('common.loading') : label}
      </button>
    </p>
  );
}
