import { Module } from '@nestjs/common';
import { NotificationsModule } from '@syndesmos/notifications';
import { RealtimePublisher } from '@syndesmos/realtime-events';
import { ModerationRepository } from './moderation.repository';
import { ModerationService } from './moderation.service';
import { OrganisationRepository } from './organisation.repository';
import { OrganisationDeletionSteps } from './organisation-deletion';
import { OrganisationIndexer } from './organisation-indexer';
import { OrganisationService } from './organisation.service';

@Module({
  imports: [NotificationsModule],
  providers: [
    RealtimePublisher,
    OrganisationRepository,
    ModerationRepository,
    OrganisationService,
    ModerationService,
    OrganisationIndexer,
    OrganisationDeletionSteps,
  ],
  exports: [OrganisationService, ModerationService, OrganisationIndexer, OrganisationDeletionSteps],
})
export class OrganisationsModule {}
