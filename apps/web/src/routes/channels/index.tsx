import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page';
import { RequireSession } from '../../components/require-session';
import { ChannelList } from '../../features/channels/channel-list';
import { ConnectionNotice } from '../../features/channels/connection-notice';
import '../../features/channels/channels.css';

export function ChannelsPage() {
  const { t } = useTranslation();
  return (
    <section className="page medium">
      <PageTitle>{t('channels.list.title')}</PageTitle>
      <p className="lead">{t('channels.list.intro')}</p>
      <ConnectionNotice />
      <RequireSession>{(user) => <ChannelList user={user} />}</RequireSession>
    </section>
  );
}
