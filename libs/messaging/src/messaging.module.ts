import { Module } from '@nestjs/common';
import { NotificationsModule } from '@syndesmos/notifications';
import { OrganisationsModule } from '@syndesmos/organisations';
import { RealtimePublisher } from '@syndesmos/realtime-events';
import { MessagingRepository } from './messaging.repository';
import { MessagingService } from './messaging.service';
import { MessagingDeletionStep } from './organisation-deletion.step';

@Module({
  imports: [NotificationsModule, OrganisationsModule],
  providers: [MessagingRepository, MessagingService, RealtimePublisher, MessagingDeletionStep],
  exports: [MessagingService, RealtimePublisher],
})
export class MessagingModule {}
