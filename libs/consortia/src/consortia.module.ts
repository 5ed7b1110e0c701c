import { Module } from '@nestjs/common';
import { NotificationsModule } from '@syndesmos/notifications';
import { OrganisationsModule } from '@syndesmos/organisations';
import { RealtimePublisher } from '@syndesmos/realtime-events';
import { CallIndexer } from './call-indexer';
import { CallService } from './call.service';
import { CallsRepository } from './calls.repository';
import { ConsortiaRepository } from './consortia.repository';
import { ConsortiumService } from './consortium.service';
import { ConsortiaDeletionStep } from './organisation-deletion.step';

@Module({
  imports: [NotificationsModule, OrganisationsModule],
  providers: [
    RealtimePublisher,
    ConsortiaRepository,
    CallsRepository,
    ConsortiumService,
    CallService,
    CallIndexer,
    ConsortiaDeletionStep,
  ],
  exports: [ConsortiumService, CallService, CallIndexer],
})
export class ConsortiaModule {}
