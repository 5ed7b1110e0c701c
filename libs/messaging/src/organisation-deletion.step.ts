import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Tx } from '@syndesmos/database';
import {
  DELETION_ORDER,
  OrganisationDeletionSteps,
  type OrganisationDeletion,
  type OrganisationDeletionStep,
} from '@syndesmos/organisations';
import { MessagingRepository } from './messaging.repository';

/** A deleted organisation's people show as a deleted user in the channels they reached through it. */
@Injectable()
export class MessagingDeletionStep implements OrganisationDeletionStep, OnModuleInit {
  constructor(
    private readonly steps: OrganisationDeletionSteps,
    private readonly repo: MessagingRepository,
  ) {}

  onModuleInit(): void {
    this.steps.register(this, DELETION_ORDER.messages);
  }

  async onOrganisationDeleted(em: Tx, d: OrganisationDeletion): Promise<void> {
    await this.repo.attributeToDeletedUser(em, d.organisationId, d.memberIds);
  }
}
