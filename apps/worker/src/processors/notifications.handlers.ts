import type { MailSender } from '@syndesmos/notifications';
import { handler, type AnyHandlerRegistration } from '@syndesmos/jobs';

export function notificationHandlers(mail: MailSender): AnyHandlerRegistration[] {
  return [
    handler('notifications.push', async (data) => {
      await mail.push(data.notificationId);
      return { pushed: true };
    }),
    handler('mail.send', async (data) => ({ result: await mail.send(data.mailId) })),
    handler('notifications.digest', async (data) => ({ sent: await mail.sendDigests(data.frequency) })),
  ];
}
