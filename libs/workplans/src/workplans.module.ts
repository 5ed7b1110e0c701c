import { Module } from '@nestjs/common';
import { ConsortiaModule } from '@syndesmos/consortia';
import { RealtimePublisher } from '@syndesmos/realtime-events';
import { WorkplanRepository } from './workplan.repository';
import { WorkplanService } from './workplan.service';

@Module({
  imports: [ConsortiaModule],
  providers: [RealtimePublisher, WorkplanRepository, WorkplanService],
  exports: [WorkplanService],
})
export class WorkplansModule {}
