import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/page';
import { RequireSession } from '../components/require-session';

// Placeholder: the suggestions helper replaces this page.
export function SuggestionsPage() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <PageTitle>{t('suggestions.title')}</PageTitle>
      <RequireSession>{() => null}</RequireSession>
    </section>
  );
}
