import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page';

// Placeholder until this page is built (issue 15).
export function OrganisationDecisionsPage() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <PageTitle>{t('app.name')}</PageTitle>
    </section>
  );
}
