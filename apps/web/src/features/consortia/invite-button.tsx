import { useTranslation } from 'react-i18next';

export interface InviteToConsortiumButtonProps {
  /** The organisation to invite. */
  organisationId: string;
  organisationName: string;
  /** Preselects this consortium (else the user picks one they coordinate). */
  consortiumId?: string;
}

// Invites an organisation into one of the consortia I coordinate, choosing the consortium and
// the role in a dialog. Used on search results, suggestions and call answers.
// Placeholder: the consortia helper implements it.
export function InviteToConsortiumButton(_props: InviteToConsortiumButtonProps) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button-secondary" disabled>
      {t('consortia.invite.open')}
    </button>
  );
}
