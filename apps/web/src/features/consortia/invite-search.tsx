import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '@tanstack/react-router';
import { api, unwrap } from '../../api/client';
import { ErrorState } from '../../components/states';
import { useLabels } from '../taxonomies/use-taxonomies';
import type { Consortium } from './consortium-rules';
import { InviteToConsortiumButton } from './invite-button';

/** Find an organisation by name and invite it into this consortium. */
export function InviteSearch({ consortium }: { consortium: Consortium }) {
  const { t } = useTranslation();
  const label = useLabels();
  const id = useId();
  const [q, setQ] = useState('');
  const query = useDeferredValue(q.trim());
  const found = useQuery({
    queryKey: ['consortia', 'invite-search', query],
    enabled: query.length >= 2,
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/v1/search/organisations/autocomplete', { params: { query: { q: query, limit: 8 } }, signal }),
      ),
  });
  const memberIds = new Set(consortium.members.map((m) => m.id));
  const hits = (found.data ?? []).filter((h) => !memberIds.has(h.id));
  return (
    <div className="invite-search">
      <h3>{t('consortia.inviteSearch.title')}</h3>
      <div className="field">
        <label htmlFor={id}>{t('consortia.inviteSearch.label')}</label>
        <p id={`${id}-hint`} className="field-hint">
          {t('consortia.inviteSearch.hint')} <Link to="/search">{t('consortia.inviteSearch.fullSearch')}</Link>
        </p>
        <input id={id} type="search" value={q} aria-describedby={`${id}-hint`} onChange={(e) => setQ(e.target.value)} />
      </div>
      {found.isError && <ErrorState error={found.error} onRetry={() => void found.refetch()} />}
      {query.length >= 2 && found.isSuccess && (
        <ul className="member-cards" aria-live="polite">
          {hits.length === 0 && <li className="muted">{t('consortia.inviteSearch.none')}</li>}
          {hits.map((h) => (
            <li key={h.id} className="member-card">
              <div>
                <span className="member-name">{h.name}</span>
                <p className="muted">{label('countries', h.country)}</p>
              </div>
              <InviteToConsortiumButton
                organisationId={h.id}
                organisationName={h.name}
                consortiumId={consortium.id}
                label={t('consortia.inviteSearch.invite')}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
