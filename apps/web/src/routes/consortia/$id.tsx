import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page';
import { RequireSession } from '../../components/require-session';

// Placeholder: the consortia helper replaces this page.
export function ConsortiumPage() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <PageTitle>{t('consortia.detail.title')}</PageTitle>
      <RequireSession>{() => null}</RequireSession>
    </section>
  );
}
