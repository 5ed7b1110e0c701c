import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page';
import { RequireSession } from '../../components/require-session';

// Placeholder: the channels helper replaces this page.
export function ChannelsPage() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <PageTitle>{t('channels.list.title')}</PageTitle>
      <RequireSession>{() => null}</RequireSession>
    </section>
  );
}
