import { Module } from '@nestjs/common';
import { RealtimePublisher } from '@syndesmos/realtime-events';
import { CallIndexer } from './call-indexer';
import { CallService } from './call.service';
import { CallsRepository } from './calls.repository';
import { ConsortiaRepository } from './consortia.repository';
import { ConsortiumService } from './consortium.service';
import { NotificationService } from './notification.service';

@Module({
  providers: [
    RealtimePublisher,
    ConsortiaRepository,
    CallsRepository,
    ConsortiumService,
    CallService,
    CallIndexer,
    NotificationService,
  ],
  exports: [ConsortiumService, CallService, CallIndexer, NotificationService],
})
export class ConsortiaModule {}
