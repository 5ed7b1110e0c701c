import { Module } from '@nestjs/common';
import { RealtimePublisher } from '@syndesmos/realtime-events';
import { MessagingRepository } from './messaging.repository';
import { MessagingService } from './messaging.service';

@Module({
  providers: [MessagingRepository, MessagingService, RealtimePublisher],
  exports: [MessagingService, RealtimePublisher],
})
export class MessagingModule {}
