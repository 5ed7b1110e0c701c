import type { Viewer } from '@syndesmos/organisations';
import type { OperatorContext } from './operator-context';

// A workplan for a demo consortium, written through the service as its coordinator would:
// "complete" passes every rule; "to_fix" leaves three things to mend (the amounts one work
// package short of the lump sum, an activity past the project's last month, a partner with
// nothing to do).

export async function seedDemoWorkplan(
  ctx: OperatorContext,
  coordinator: Viewer,
  consortiumId: string,
  kind: 'complete' | 'to_fix',
): Promise<void> {
  const w = ctx.workplans;
  const { plan } = await w.get(coordinator, consortiumId);
  const ka220 = plan.action === 'KA220-VET';
  const [lead, ...others] = plan.members.map((m) => m.organisationId);
  const second = others[0] ?? lead!;
  // The last partner has nothing to do in a plan to fix.
  const busy = kind === 'to_fix' && others.length > 1 ? others.slice(0, -1) : others;
  const lumpSum = ka220 ? 250_000 : 60_000;
  const duration = ka220 ? 24 : 12;
  const fix = kind === 'to_fix';
  await w.updateFrame(coordinator, consortiumId, plan.version, {
    lumpSum,
    durationMonths: duration,
    plannedStart: null,
    aim: ka220 ? 'innovation' : 'exchange_of_good_practices',
    summary: ka220
      ? 'Partners develop a shared curriculum and training material, tested with learners and spread through multiplier events.'
      : 'Partners exchange good practices in work-based learning and build each other’s capacity.',
  });
  let wp1: string | null = null;
  let wp2: string | null = null;
  if (ka220) {
    const management = plan.workPackages.find((p) => p.management)!;
    await w.update(coordinator, consortiumId, 'work_package', management.id, management.version, {
      objectives: 'Steer the partnership, keep quality, time and budget under control',
      indicators: '6 steering meetings, a quality plan, reports on time',
      participantIds: busy,
      amount: 50_000,
    });
    wp1 = management.id;
    wp2 = await w.create(coordinator, consortiumId, 'work_package', {
      title: 'Curriculum and training material',
      objectives: 'A shared curriculum and open training material for the sector',
      indicators: '1 curriculum in the partners’ languages, 10 training modules',
      leadOrganisationId: second,
      participantIds: busy,
      amount: fix ? 150_000 : 200_000,
    });
  }
  const half = lumpSum / 2;
  await w.create(coordinator, consortiumId, 'activity', {
    workPackageId: wp1,
    title: ka220 ? 'Coordination and quality assurance' : 'Transnational partner meetings',
    kind: ka220 ? 'project_management' : 'transnational_meeting',
    leadOrganisationId: lead!,
    participantIds: busy,
    startMonth: 1,
    endMonth: duration,
    amount: ka220 ? 50_000 : half,
  });
  const producing = await w.create(coordinator, consortiumId, 'activity', {
    workPackageId: wp2,
    title: ka220 ? 'Write and test the curriculum' : 'Job-shadowing and exchange of practices',
    description: 'Partners map the skills needed, write the modules and test them with learners',
    kind: ka220 ? 'result_development' : 'learning_teaching_training',
    leadOrganisationId: second,
    participantIds: busy.filter((o) => o !== second),
    startMonth: 3,
    endMonth: fix ? duration + 2 : duration - 4,
    expectedResults: 'Tested modules',
    amount: ka220 ? 200_000 : half,
  });
  const result = await w.create(coordinator, consortiumId, 'result', {
    title: ka220 ? 'Green skills curriculum' : 'Guidelines for work-based learning',
    type: ka220 ? 'curriculum' : 'guidelines',
    languages: ['en', 'el'],
    targetGroups: ['ivet_learners', 'vet_teachers_trainers'],
    leadOrganisationId: second,
    contributorIds: busy,
    dueMonth: duration - 4,
    activityIds: [producing],
  });
  const host = plan.members.find((m) => m.organisationId === (busy.at(-1) ?? lead))!;
  await w.create(coordinator, consortiumId, 'event', {
    title: ka220 ? 'Multiplier event: the curriculum presented' : 'Dissemination day',
    hostOrganisationId: host.organisationId,
    country: host.country,
    month: duration - 1,
    participantsLocal: 40,
    participantsInternational: 8,
    resultIds: [result],
  });
}
