import { useTranslation } from 'react-i18next';

export interface MessageOrganisationButtonProps {
  /** The organisation to write to. */
  withOrganisationId: string;
  /** Which of my organisations writes; when absent, the button lets me choose (or takes my only one). */
  fromOrganisationId?: string;
}

// Opens (or finds) the direct conversation between one of my organisations and another, then
// goes to it. Used on profiles, call answers and suggestions.
// Placeholder: the channels helper implements it.
export function MessageOrganisationButton(_props: MessageOrganisationButtonProps) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button-secondary" disabled>
      {t('channels.direct.open')}
    </button>
  );
}
