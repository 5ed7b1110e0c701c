import { Module } from '@nestjs/common';
import { OutboxInspector } from './outbox.repository';

@Module({ providers: [OutboxInspector], exports: [OutboxInspector] })
export class OutboxModule {}
