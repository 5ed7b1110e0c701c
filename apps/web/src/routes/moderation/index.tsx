import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/session';
import { PageTitle } from '../../components/page';
import { RequireSession } from '../../components/require-session';
import { AuditLog } from '../../features/moderation/audit-log';
import { sameItem, settlesItem } from '../../features/moderation/decisions';
import { DeskFilters } from '../../features/moderation/desk-filters';
import { DETAIL_HEADING_ID, ItemDetail } from '../../features/moderation/item-detail';
import { itemParam, parseItemRef, type ModerationSearch } from '../../features/moderation/moderation-search';
import { QueueFigures } from '../../features/moderation/queue-figures';
import { QueueList } from '../../features/moderation/queue-list';
import { cachedQueue, useQueue, type Decision } from '../../features/moderation/use-moderation';
import { labelLookup, useTaxonomies } from '../../features/taxonomies/use-taxonomies';
import { formatList } from '../../i18n/format';
import '../../features/moderation/moderation.css';

// The National Agency's desk: the queue of the countries they moderate with its figures, each
// item opened beside the queue with its decisions, and the audit log. All state in the URL.

// The router marks the current tab (aria-current="page"): a tab is current when the URL has its
// `tab` and country, whatever item or kind is open.
const TAB_ACTIVE = { includeSearch: true, explicitUndefined: true } as const;

const isModerator = (user: User) => user.role === 'na_staff' || user.role === 'admin';

function NotForYou() {
  const { t } = useTranslation();
  return (
    <section className="page narrow">
      <PageTitle>{t('moderation.notStaff.title')}</PageTitle>
      <p>{t('moderation.notStaff.body')}</p>
      <p className="actions">
        <Link to="/search" className="button">
          {t('moderation.notStaff.search')}
        </Link>
        <Link to="/my/organisations" className="button button-secondary">
          {t('moderation.notStaff.organisations')}
        </Link>
      </p>
    </section>
  );
}

function Queue({
  search,
  countries,
  onNotice,
}: {
  search: ModerationSearch;
  countries: string[] | null;
  onNotice: (text: string) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const filters = { kind: search.kind, country: search.country };
  const queue = useQueue(filters);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const target = parseItemRef(search.item);
  const items = queue.data ?? [];
  const index = target ? items.findIndex((i) => sameItem(i, target)) : -1;
  const item = index >= 0 ? items[index] : undefined;
  // Where the open item stood, so that once it is decided (and gone) its successor takes its place.
  const lastIndex = useRef(-1);
  if (index >= 0) lastIndex.current = index;

  // An item opened by its address may sit on a later page: read on until it turns up.
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = queue;
  const looking = !!target && target.kind !== 'organisation' && !item && queue.isSuccess;
  useEffect(() => {
    if (looking && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [looking, hasNextPage, isFetchingNextPage, fetchNextPage]);

  // After a refused decision, once the queue has been read again and drawn: focus on the item as
  // it is now; if it left the queue, on the way back to it (narrow screens show one pane at a
  // time), else on the queue itself.
  const [refocus, setRefocus] = useState(false);
  const fetching = queue.isFetching;
  useEffect(() => {
    if (!refocus || fetching) return;
    setRefocus(false);
    const back = document.querySelector<HTMLElement>('.detail-back a');
    const target =
      document.getElementById(DETAIL_HEADING_ID) ?? (back?.offsetParent ? back : null) ?? headingRef.current;
    target?.focus();
  }, [refocus, fetching]);

  const onDecided = async (decision: Decision, name: string) => {
    onNotice(t(`moderation.done.${decision}`, { name }));
    const focusDetail = () => requestAnimationFrame(() => document.getElementById(DETAIL_HEADING_ID)?.focus());
    if (!settlesItem(decision) || target?.kind === 'organisation') {
      focusDetail();
      return;
    }
    // The queue was refreshed before this runs: the decided item has left it.
    const rest = cachedQueue(queryClient, filters).filter((i) => !target || !sameItem(i, target));
    const at = lastIndex.current;
    const next = at >= 0 ? (rest[at] ?? rest[at - 1]) : rest[0];
    await navigate({ to: '/moderation', search: { ...search, item: next ? itemParam(next) : undefined } });
    if (next) focusDetail();
    else requestAnimationFrame(() => headingRef.current?.focus());
  };

  return (
    <>
      <div className="desk-top">
        <QueueFigures country={search.country} />
      </div>
      <DeskFilters search={search} countries={countries} showKind />
      <div className="desk">
        <div className="desk-queue">
          <QueueList queue={queue} search={search} selected={target} headingRef={headingRef} />
        </div>
        <section className="desk-detail" aria-label={t('moderation.detail.label')}>
          {target ? (
            <ItemDetail
              key={search.item}
              target={target}
              item={item}
              searching={looking && (hasNextPage || isFetchingNextPage)}
              search={search}
              onDecided={(decision, name) => void onDecided(decision, name)}
              onRefused={() => setRefocus(true)}
            />
          ) : (
            <p className="desk-placeholder">{t('moderation.detail.choose')}</p>
          )}
        </section>
      </div>
    </>
  );
}

function Desk({ user }: { user: User }) {
  const { t } = useTranslation();
  const search = useSearch({ from: '/moderation' });
  const label = labelLookup(useTaxonomies().data);
  const [notice, setNotice] = useState<string>();
  const tab = search.tab ?? 'queue';
  const countries = user.role === 'admin' ? null : user.naCountries;
  const tabTitle = tab === 'audit' ? t('moderation.tabs.audit') : t('moderation.tabs.queue');
  return (
    <section className="page moderation-page" data-open={tab === 'queue' && search.item ? 'item' : undefined}>
      <PageTitle title={`${tabTitle} · ${t('moderation.title')}`}>{t('moderation.title')}</PageTitle>
      <p className="desk-scope">
        {countries
          ? t('moderation.scope', { countries: formatList(countries.map((c) => label('countries', c))) })
          : t('moderation.scopeAll')}
      </p>
      <nav className="desk-tabs" aria-label={t('moderation.tabs.label')}>
        <ul>
          <li>
            <Link to="/moderation" search={{ tab: undefined, country: search.country }} activeOptions={TAB_ACTIVE}>
              {t('moderation.tabs.queue')}
            </Link>
          </li>
          <li>
            <Link to="/moderation" search={{ tab: 'audit', country: search.country }} activeOptions={TAB_ACTIVE}>
              {t('moderation.tabs.audit')}
            </Link>
          </li>
        </ul>
      </nav>
      <div className="desk-notice" role="status">
        {notice && (
          <div className="notice notice-success">
            <p>{notice}</p>
            <button type="button" className="link-button" onClick={() => setNotice(undefined)}>
              {t('moderation.dismissNotice')}
            </button>
          </div>
        )}
      </div>
      {countries && countries.length === 0 ? (
        <p className="notice notice-warning">{t('moderation.noCountries')}</p>
      ) : tab === 'audit' ? (
        <section aria-labelledby="moderation-audit-heading">
          <h2 id="moderation-audit-heading">{t('moderation.audit.title')}</h2>
          <DeskFilters search={search} countries={countries} showKind={false} />
          <AuditLog country={search.country} />
        </section>
      ) : (
        <Queue search={search} countries={countries} onNotice={setNotice} />
      )}
    </section>
  );
}

export function ModerationPage() {
  return <RequireSession>{(user) => (isModerator(user) ? <Desk user={user} /> : <NotForYou />)}</RequireSession>;
}
