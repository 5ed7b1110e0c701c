import { useTranslation } from 'react-i18next';
import { PARTNER_ROLES } from './call-form';

// The calls forms choose an organisation and a role with the shared SelectField.
export { SelectField } from '../../components/form';

/** The role choices (full or associated partner) in the interface language. */
export function useRoleOptions() {
  const { t } = useTranslation();
  return PARTNER_ROLES.map((r) => ({ value: r, label: t(`calls.roles.${r}`) }));
}
