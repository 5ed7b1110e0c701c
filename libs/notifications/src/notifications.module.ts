import { Module } from '@nestjs/common';
import { RealtimePublisher } from '@syndesmos/realtime-events';
import { MailSender } from './mail-sender';
import { Notifier } from './notifier';
import { NotificationsRepository } from './notifications.repository';

@Module({
  providers: [NotificationsRepository, Notifier, MailSender, RealtimePublisher],
  exports: [Notifier, MailSender],
})
export class NotificationsModule {}
