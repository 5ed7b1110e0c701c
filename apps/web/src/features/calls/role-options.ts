import { useTranslation } from 'react-i18next';
import { PARTNER_ROLES } from './call-form';

/** The role choices (full or associated partner) in the interface language. */
export function useRoleOptions() {
  const { t } = useTranslation();
  return PARTNER_ROLES.map((r) => ({ value: r, label: t(`calls.roles.${r}`) }));
}
