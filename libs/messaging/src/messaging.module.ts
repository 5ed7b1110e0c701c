import { Module } from '@nestjs/common';
import { NotificationsModule } from '@syndesmos/notifications';
import { RealtimePublisher } from '@syndesmos/realtime-events';
import { MessagingRepository } from './messaging.repository';
import { MessagingService } from './messaging.service';

@Module({
  imports: [NotificationsModule],
  providers: [MessagingRepository, MessagingService, RealtimePublisher],
  exports: [MessagingService, RealtimePublisher],
})
export class MessagingModule {}
