import type { Tx } from '@syndesmos/database';
import { OrganisationDeletionSteps, runAfter, type OrganisationDeletionStep } from './organisation-deletion';

describe('organisation deletion steps', () => {
  const em = {} as Tx;
  const deletion = { organisationId: 'o', actorId: 'a', memberIds: ['u'] };

  it('runs steps by order, each once however often it registers, and collects what comes after commit', async () => {
    const ran: string[] = [];
    const step = (name: string, after: boolean): OrganisationDeletionStep => ({
      onOrganisationDeleted: async () => {
        ran.push(name);
        return after ? async () => void ran.push(`after ${name}`) : undefined;
      },
    });
    const steps = new OrganisationDeletionSteps();
    const late = step('consortia', true);
    steps.register(late, 20);
    steps.register(step('messages', false), 10);
    steps.register(late, 20);
    const after = await steps.run(em, deletion);
    expect(ran).toEqual(['messages', 'consortia']);
    await runAfter(after);
    expect(ran).toEqual(['messages', 'consortia', 'after consortia']);
  });

  it('stops at a failing step, so the deletion’s transaction rolls back', async () => {
    const steps = new OrganisationDeletionSteps();
    const later = jest.fn();
    steps.register({ onOrganisationDeleted: () => Promise.reject(new Error('boom')) }, 1);
    steps.register({ onOrganisationDeleted: later }, 2);
    await expect(steps.run(em, deletion)).rejects.toThrow('boom');
    expect(later).not.toHaveBeenCalled();
  });
});
