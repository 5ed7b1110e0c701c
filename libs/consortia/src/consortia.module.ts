import { Module } from '@nestjs/common';
import { NotificationsModule } from '@syndesmos/notifications';
import { RealtimePublisher } from '@syndesmos/realtime-events';
import { CallIndexer } from './call-indexer';
import { CallService } from './call.service';
import { CallsRepository } from './calls.repository';
import { ConsortiaRepository } from './consortia.repository';
import { ConsortiumService } from './consortium.service';

@Module({
  imports: [NotificationsModule],
  providers: [RealtimePublisher, ConsortiaRepository, CallsRepository, ConsortiumService, CallService, CallIndexer],
  exports: [ConsortiumService, CallService, CallIndexer],
})
export class ConsortiaModule {}
