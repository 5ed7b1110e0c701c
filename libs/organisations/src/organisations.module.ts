import { Module } from '@nestjs/common';
import { RealtimePublisher } from '@syndesmos/realtime-events';
import { ModerationRepository } from './moderation.repository';
import { ModerationService } from './moderation.service';
import { OrganisationRepository } from './organisation.repository';
import { OrganisationIndexer } from './organisation-indexer';
import { OrganisationService } from './organisation.service';

@Module({
  providers: [
    RealtimePublisher,
    OrganisationRepository,
    ModerationRepository,
    OrganisationService,
    ModerationService,
    OrganisationIndexer,
  ],
  exports: [OrganisationService, ModerationService, OrganisationIndexer],
})
export class OrganisationsModule {}
