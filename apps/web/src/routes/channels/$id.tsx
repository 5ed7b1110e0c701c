import { useParams, useSearch } from '@tanstack/react-router';
import { RequireSession } from '../../components/require-session';
import { Conversation } from '../../features/channels/conversation';
import '../../features/channels/channels.css';

export function ChannelPage() {
  const { id } = useParams({ from: '/channels/$id' });
  const { q, at } = useSearch({ from: '/channels/$id' });
  return (
    <section className="page channel-page">
      <RequireSession>{(user) => <Conversation channelId={id} user={user} q={q} at={at} />}</RequireSession>
    </section>
  );
}
