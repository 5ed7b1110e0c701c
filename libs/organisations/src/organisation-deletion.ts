import { Injectable } from '@nestjs/common';
import type { Tx } from '@syndesmos/database';

/** An organisation being deleted, as the other capabilities hear of it. */
export interface OrganisationDeletion {
  organisationId: string;
  /** Who deleted it (directly, or by deleting their account). */
  actorId: string;
  /** Its people just before the deletion. */
  memberIds: string[];
}

/** Work to do once the deletion committed (events for the gateway); never data. */
export type AfterDeletion = () => Promise<void>;

/**
 * What becomes of an organisation's part in another capability (consortia it coordinates,
 * calls, answers, messages) when it is deleted. Each step runs inside the deletion's
 * transaction, so the deletion and everything it entails commit or fail together.
 */
export interface OrganisationDeletionStep {
  onOrganisationDeleted(em: Tx, deletion: OrganisationDeletion): Promise<AfterDeletion | void>;
}

/**
 * The capabilities that depend on organisations register their step here (organisations
 * cannot import them). Lower `order` runs first: a step that must see memberships as they
 * were before others change them registers early.
 */
@Injectable()
export class OrganisationDeletionSteps {
  private readonly steps: { order: number; step: OrganisationDeletionStep }[] = [];

  register(step: OrganisationDeletionStep, order: number): void {
    if (this.steps.some((s) => s.step === step)) return;
    this.steps.push({ order, step });
    this.steps.sort((a, b) => a.order - b.order);
  }

  async run(em: Tx, deletion: OrganisationDeletion): Promise<AfterDeletion[]> {
    const after: AfterDeletion[] = [];
    for (const { step } of this.steps) {
      const next = await step.onOrganisationDeleted(em, deletion);
      if (next) after.push(next);
    }
    return after;
  }
}

/** Orders of the known steps: messages are re-attributed while consortium memberships still stand. */
export const DELETION_ORDER = { messages: 10, consortia: 20, calls: 30 } as const;

/** Runs what a committed deletion left to announce, in order. */
export async function runAfter(after: AfterDeletion[]): Promise<void> {
  for (const announce of after) await announce();
}
