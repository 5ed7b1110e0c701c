import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page';
import { RequireSession } from '../../components/require-session';

// Placeholder: the consortia helper replaces this page.
export function ConsortiaPage() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <PageTitle>{t('consortia.mine.title')}</PageTitle>
      <RequireSession>{() => null}</RequireSession>
    </section>
  );
}
