import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Tx } from '@syndesmos/database';
import {
  DELETION_ORDER,
  OrganisationDeletionSteps,
  type OrganisationDeletion,
  type OrganisationDeletionStep,
} from '@syndesmos/organisations';
import { RealtimePublisher } from '@syndesmos/realtime-events';
import { CallService } from './call.service';
import { ConsortiaRepository } from './consortia.repository';
import { ConsortiumService } from './consortium.service';

/** A deleted organisation leaves its consortia, and its calls and answers are withdrawn. */
@Injectable()
export class ConsortiaDeletionStep implements OrganisationDeletionStep, OnModuleInit {
  constructor(
    private readonly steps: OrganisationDeletionSteps,
    private readonly consortia: ConsortiumService,
    private readonly calls: CallService,
    private readonly repo: ConsortiaRepository,
    private readonly events: RealtimePublisher,
  ) {}

  onModuleInit(): void {
    this.steps.register(this, DELETION_ORDER.consortia);
  }

  async onOrganisationDeleted(em: Tx, d: OrganisationDeletion) {
    const affected = await this.consortia.onOrganisationDeleted(em, d);
    await this.calls.onOrganisationDeleted(em, d.organisationId);
    // Open pages of the consortia re-check who is in (a new coordinator, one member fewer).
    return async () => {
      const channelIds: string[] = [];
      for (const id of affected) {
        const channelId = await this.repo.channelOf(id);
        if (channelId) channelIds.push(channelId);
      }
      if (channelIds.length > 0) await this.events.publish('access.changed', { channelIds });
    };
  }
}
