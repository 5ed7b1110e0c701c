import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { errorMessage } from '../../components/states';
import { useMyOrganisations } from '../organisations/my-organisations';
import './channels.css';

export interface MessageOrganisationButtonProps {
  /** The organisation to write to. */
  withOrganisationId: string;
  /** Which of my organisations writes; when absent, the button lets me choose (or takes my only one). */
  fromOrganisationId?: string;
}

// Opens (or finds) the direct conversation between one of my organisations and another, then
// goes to it. Used on profiles, call answers and suggestions.
export function MessageOrganisationButton({ withOrganisationId, fromOrganisationId }: MessageOrganisationButtonProps) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const mine = useMyOrganisations();
  const [choosing, setChoosing] = useState(false);
  const [fromId, setFromId] = useState('');
  const open = useMutation({
    mutationFn: async (organisationId: string) =>
      unwrap(await api.POST('/v1/channels/direct', { body: { organisationId, withOrganisationId } })),
    onSuccess: (channel) => navigate({ to: '/channels/$id', params: { id: channel.id }, search: {} }),
  });
  const from = (mine.data?.pages.flatMap((p) => p.items) ?? [])
    .map((m) => m.organisation)
    .filter((o) => o.id !== withOrganisationId);

  const error = open.isError && (
    <p className="field-error" role="alert">
      {errorMessage(open.error, t)}
    </p>
  );
  const only = fromOrganisationId ?? (from.length === 1 ? from[0]?.id : undefined);
  if (only) {
    return (
      <span className="open-direct">
        <button
          type="button"
          className="button button-secondary"
          disabled={open.isPending}
          onClick={() => open.mutate(only)}
        >
          {t('channels.direct.open')}
        </button>
        {error}
      </span>
    );
  }
  if (mine.isPending || from.length === 0) {
    // Nobody to write as (yet): say why rather than offer a button that cannot work.
    return (
      <span className="open-direct">
        <button type="button" className="button button-secondary" disabled aria-describedby={`${id}-why`}>
          {t('channels.direct.open')}
        </button>
        {!mine.isPending && (
          <span id={`${id}-why`} className="field-hint">
            {t('channels.direct.noOrganisation')}
          </span>
        )}
      </span>
    );
  }
  return (
    <span className="open-direct">
      <button
        type="button"
        className="button button-secondary"
        aria-expanded={choosing}
        aria-controls={`${id}-from`}
        onClick={() => setChoosing((c) => !c)}
      >
        {t('channels.direct.open')}
      </button>
      {choosing && (
        <form
          id={`${id}-from`}
          className="open-direct-choices"
          onSubmit={(e) => {
            e.preventDefault();
            const chosen = fromId || from[0]?.id;
            if (chosen) open.mutate(chosen);
          }}
        >
          <label htmlFor={`${id}-select`} className="field-hint">
            {t('channels.direct.chooseFrom')}
          </label>
          <select id={`${id}-select`} value={fromId || from[0]?.id} onChange={(e) => setFromId(e.target.value)}>
            {from.map((o) => (
              <option key={o.id} value={o.id}>
                {o.profile.displayName}
              </option>
            ))}
          </select>
          <button type="submit" className="button button-small" disabled={open.isPending}>
            {t('channels.direct.go')}
          </button>
        </form>
      )}
      {error}
    </span>
  );
}
