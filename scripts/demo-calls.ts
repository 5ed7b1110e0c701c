import { seedDemoWorkplan } from './demo-workplans';
import type { CallInput, ConsortiumStatus, SoughtPartner } from '@syndesmos/consortia';
import type { Viewer } from '@syndesmos/organisations';
import type { OperatorContext } from './operator-context';

// Demo partner calls and consortia at every stage, so a new user sees a living platform.
// Organisations are named by OID (see demo-organisations.ts); dates are relative to the day
// of seeding, so the calls stay open whenever the demo is started.

const day = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
/** The next 5 March (a usual KA2 deadline) at least `minDays` away. */
function nextDeadline(minDays = 75): string {
  const now = new Date();
  for (let year = now.getUTCFullYear(); ; year++) {
    const candidate = `${year}-03-05`;
    if (Date.parse(candidate) - now.getTime() > minDays * 86_400_000) return candidate;
  }
}
const startAfter = (deadline: string) => `${Number(deadline.slice(0, 4))}-11-01`;

const seek = (
  role: SoughtPartner['role'],
  countries: string[],
  naceSections: string[],
  organisationTypes: string[],
  tasks: string,
  count = 1,
): SoughtPartner => ({ role, countries, naceSections, organisationTypes, tasks, count });

export interface DemoCall {
  oid: string;
  open: boolean;
  call: Omit<CallInput, 'organisationId' | 'consortiumId' | 'naDeadline' | 'answerBy' | 'plannedStart'> & {
    answerInDays: number;
  };
  /** For a replacement call: the demo consortium (by name) it is for. */
  consortium?: string;
}

export interface DemoConsortium {
  name: string;
  coordinatorOid: string;
  action: CallInput['action'];
  summary: string;
  members: { oid: string; role: 'partner' | 'associated_partner' }[];
  /** Invited but not answered yet. */
  pending?: { oid: string; role: 'partner' | 'associated_partner' }[];
  /** Joined, then left (what a replacement call replaces). */
  departed?: { oid: string; role: 'partner' | 'associated_partner' }[];
  /** Where it should stand; reached one step at a time. */
  status: ConsortiumStatus;
  /** The demo call (by title) it was formed from. */
  fromCall?: string;
}

export const DEMO_CALLS: DemoCall[] = [
  {
    oid: 'E10000001',
    open: true,
    call: {
      kind: 'project',
      title: 'Hospitality apprenticeships around the Mediterranean',
      summary:
        'Our EPAL in Rethymno trains cooks and receptionists. We want hotels and restaurants in Spain, Italy and Portugal to host apprentices for eight weeks, and a chamber to help us validate what they learn.',
      action: 'KA220-VET',
      topics: ['work_based_learning', 'apprenticeships', 'internationalisation_vet'],
      sought: [
        seek(
          'partner',
          ['ES', 'IT', 'PT'],
          ['I'],
          ['sme', 'large_enterprise'],
          'Host apprentices; co-design the placement plan',
          2,
        ),
        seek('associated_partner', [], [], ['social_partner'], 'Validate learning outcomes with employers'),
      ],
      languages: ['en', 'el'],
      durationMonths: 24,
      answerInDays: 45,
    },
  },
  {
    oid: 'E10000015',
    open: true,
    call: {
      kind: 'project',
      title: 'Green welding for small workshops',
      summary:
        'A small-scale partnership to teach low-emission welding techniques to apprentices and to the workshops that employ them.',
      action: 'KA210-VET',
      topics: ['green_skills', 'vet_innovation'],
      sought: [
        seek('partner', ['DE', 'AT', 'PL'], ['C'], ['sme'], 'Host two apprentices; test the module in your workshop'),
      ],
      languages: ['en', 'pt'],
      durationMonths: 12,
      answerInDays: 30,
    },
  },
  {
    oid: 'E10000026',
    open: true,
    call: {
      kind: 'project',
      title: 'Heat pump installers: a European curriculum',
      summary:
        'Installers are scarce everywhere. We seek VET schools in southern Europe and a trade association to build a shared curriculum with micro-credentials.',
      action: 'KA220-VET',
      topics: ['green_skills', 'micro_credentials', 'labour_market_relevance'],
      sought: [
        seek('partner', ['GR', 'IT', 'ES', 'PT'], ['P'], ['vet_provider'], 'Pilot the curriculum with one class', 2),
        seek('partner', [], ['F'], ['social_partner'], 'Bring the trade’s view; certify the micro-credentials'),
      ],
      languages: ['en', 'de'],
      durationMonths: 30,
      answerInDays: 60,
    },
  },
  {
    oid: 'E10000030',
    open: true,
    call: {
      kind: 'project',
      title: 'Digital twins for logistics training',
      summary:
        'We want to teach warehouse and port logistics with digital twins, together with a logistics company that runs them.',
      action: 'KA210-VET',
      topics: ['digital_skills', 'vet_innovation'],
      sought: [
        seek('partner', ['NL', 'DE'], ['H'], ['large_enterprise', 'sme'], 'Share a digital twin; host a study visit'),
      ],
      languages: ['en', 'pl'],
      durationMonths: 18,
      answerInDays: 40,
    },
  },
  {
    oid: 'E10000022',
    open: true,
    call: {
      kind: 'project',
      title: 'Micro-credentials for artisan cheese-making',
      summary:
        'Dairy SMEs need trained staff. With dairies in Greece, Cyprus and France we want short, recognised courses for cheese-makers.',
      action: 'KA220-VET',
      topics: ['micro_credentials', 'work_based_learning'],
      sought: [
        seek('partner', ['GR', 'CY', 'FR'], ['C', 'A'], ['sme'], 'Host trainees; teach a module on your cheese', 2),
      ],
      languages: ['en', 'it', 'fr'],
      durationMonths: 24,
      answerInDays: 50,
    },
  },
  {
    oid: 'E10000002',
    open: true,
    call: {
      kind: 'project',
      title: 'Ψηφιακές δεξιότητες για τον αγροτουρισμό',
      summary:
        'Το ΔΙΕΚ Καλαμάτας αναζητά επιχειρήσεις αγροτουρισμού και φορείς κατάρτισης για ένα πρόγραμμα ψηφιακού μάρκετινγκ και κρατήσεων για μικρές επιχειρήσεις της υπαίθρου.',
      action: 'KA210-VET',
      topics: ['digital_skills', 'entrepreneurship'],
      sought: [
        seek(
          'partner',
          ['CY', 'IT', 'ES'],
          ['I', 'A'],
          ['sme', 'vet_provider'],
          'Φιλοξενία εκπαιδευομένων και κοινό εκπαιδευτικό υλικό',
        ),
      ],
      languages: ['el', 'en'],
      durationMonths: 12,
      answerInDays: 35,
    },
  },
  {
    oid: 'E10000040',
    open: true,
    consortium: 'Forest Skills North–South',
    call: {
      kind: 'replacement',
      title: 'Replacement partner: a VET school in Romania or Croatia',
      summary:
        'One of our partners had to leave. We need a VET school with a forestry or wood-working programme to take over its pilot.',
      action: 'KA220-VET',
      topics: ['green_skills', 'labour_market_relevance'],
      sought: [seek('partner', ['RO', 'HR', 'BG'], ['P'], ['vet_provider'], 'Run the forestry pilot with 15 learners')],
      languages: ['en'],
      durationMonths: 24,
      answerInDays: 21,
    },
  },
  {
    oid: 'E10000002',
    open: false,
    call: {
      kind: 'project',
      title: 'Olive oil tasting as a VET module (draft)',
      summary: 'A draft we are still writing: a module on olive oil quality for agri-food learners.',
      action: 'KA210-VET',
      topics: ['entrepreneurship'],
      sought: [seek('partner', ['IT', 'ES'], ['A', 'C'], ['sme'], 'To be defined')],
      languages: ['el', 'en'],
      durationMonths: 12,
      answerInDays: 60,
    },
  },
];

export const DEMO_CONSORTIA: DemoConsortium[] = [
  {
    name: 'MedHospitality',
    coordinatorOid: 'E10000001',
    action: 'KA220-VET',
    summary: 'Apprenticeships in hotels and restaurants around the Mediterranean.',
    fromCall: 'Hospitality apprenticeships around the Mediterranean',
    members: [
      { oid: 'E10000019', role: 'partner' },
      { oid: 'E10000025', role: 'associated_partner' },
    ],
    pending: [{ oid: 'E10000018', role: 'partner' }],
    status: 'forming',
  },
  {
    name: 'WeldGreen',
    coordinatorOid: 'E10000015',
    action: 'KA210-VET',
    summary: 'Low-emission welding for apprentices and small workshops.',
    members: [{ oid: 'E10000028', role: 'partner' }],
    status: 'ready',
  },
  {
    name: 'HeatPump Pros',
    coordinatorOid: 'E10000026',
    action: 'KA220-VET',
    summary: 'A shared curriculum for heat pump installers.',
    members: [
      { oid: 'E10000036', role: 'partner' },
      { oid: 'E10000046', role: 'partner' },
      { oid: 'E10000032', role: 'associated_partner' },
    ],
    status: 'submitted',
  },
  {
    name: 'Inclusive Kitchens',
    coordinatorOid: 'E10000047',
    action: 'KA220-VET',
    summary: 'Kitchen training for young people with fewer opportunities.',
    members: [
      { oid: 'E10000025', role: 'partner' },
      { oid: 'E10000048', role: 'partner' },
    ],
    status: 'funded',
  },
  {
    name: 'Forest Skills North–South',
    coordinatorOid: 'E10000040',
    action: 'KA220-VET',
    summary: 'Forestry and wood-working skills, from Finland to the Balkans.',
    members: [
      { oid: 'E10000041', role: 'partner' },
      { oid: 'E10000046', role: 'partner' },
    ],
    departed: [{ oid: 'E10000045', role: 'partner' }],
    status: 'forming',
  },
  {
    name: 'Tourisme et terroir',
    coordinatorOid: 'E10000034',
    action: 'KA210-VET',
    summary: 'French and Italian VET schools on food tourism.',
    members: [{ oid: 'E10000022', role: 'partner' }],
    status: 'closed',
  },
];

const PATH: Record<ConsortiumStatus, ConsortiumStatus[]> = {
  forming: [],
  ready: ['ready'],
  submitted: ['ready', 'submitted'],
  funded: ['ready', 'submitted', 'funded'],
  not_funded: ['ready', 'submitted', 'not_funded'],
  closed: ['ready', 'submitted', 'not_funded', 'closed'],
};

/**
 * Seeds the demo calls and consortia once (skipped when the first demo organisation already
 * has calls). `adminOf(oid)` gives a viewer who administers the organisation, and its id.
 */
export async function seedDemoCalls(
  ctx: OperatorContext,
  adminOf: (oid: string) => { viewer: Viewer; id: string } | undefined,
  log: (line: string) => void,
): Promise<number> {
  const first = adminOf(DEMO_CALLS[0].oid);
  if (!first) return 0;
  if ((await ctx.calls.listForOrganisation(first.viewer, first.id, 1)).items.length > 0) return 0;
  const deadline = nextDeadline();
  const callIds = new Map<string, string>();
  const consortiumIds = new Map<string, string>();
  let created = 0;

  const input = (d: DemoCall, organisationId: string, consortiumId: string | null): CallInput => {
    const { answerInDays, ...rest } = d.call;
    return {
      ...rest,
      organisationId,
      consortiumId,
      naDeadline: deadline,
      plannedStart: startAfter(deadline),
      answerBy: day(Math.min(answerInDays, Math.floor((Date.parse(deadline) - Date.now()) / 86_400_000) - 1)),
    };
  };

  // Calls that are not replacements first: consortia may be formed from them.
  for (const d of DEMO_CALLS.filter((c) => !c.consortium)) {
    const owner = adminOf(d.oid)!;
    const view = await ctx.calls.create(owner.viewer, input(d, owner.id, null), d.open);
    callIds.set(d.call.title, view.call.id);
    created++;
  }
  log(`demo data: ${created} partner calls`);

  for (const [i, d] of DEMO_CONSORTIA.entries()) {
    const coordinator = adminOf(d.coordinatorOid)!;
    let consortiumId: string;
    if (d.fromCall) {
      consortiumId = (await ctx.calls.createConsortium(coordinator.viewer, callIds.get(d.fromCall)!, { name: d.name }))
        .consortium.id;
    } else {
      consortiumId = (
        await ctx.consortia.create(coordinator.viewer, {
          organisationId: coordinator.id,
          name: d.name,
          action: d.action,
          summary: d.summary,
          naDeadline: deadline,
        })
      ).id;
    }
    consortiumIds.set(d.name, consortiumId);
    for (const m of [...d.members, ...(d.departed ?? [])]) {
      const member = adminOf(m.oid)!;
      const inv = await ctx.consortia.invite(coordinator.viewer, consortiumId, {
        organisationId: member.id,
        role: m.role,
        message: null,
      });
      await ctx.consortia.decideInvitation(member.viewer, inv.id, 'accepted');
    }
    for (const m of d.departed ?? []) {
      const member = adminOf(m.oid)!;
      await ctx.consortia.removeMember(member.viewer, consortiumId, member.id);
    }
    for (const m of d.pending ?? []) {
      await ctx.consortia.invite(coordinator.viewer, consortiumId, {
        organisationId: adminOf(m.oid)!.id,
        role: m.role,
        message: 'We would love to have you on board.',
      });
    }
    // Before any state change: a submitted consortium's plan is frozen.
    await seedDemoWorkplan(ctx, coordinator.viewer, consortiumId, i % 2 === 0 ? 'complete' : 'to_fix');
    for (const step of PATH[d.status]) {
      await ctx.consortia.transition(
        coordinator.viewer,
        consortiumId,
        step,
        step === 'submitted' ? `${deadline.slice(0, 4)}-1-DE02-KA220-VET-0000${i + 1}` : undefined,
      );
    }
    created++;
    log(`demo data: consortium ${i + 1}/${DEMO_CONSORTIA.length} (${d.name}, ${d.status})`);
  }

  for (const d of DEMO_CALLS.filter((c) => c.consortium)) {
    const owner = adminOf(d.oid)!;
    await ctx.calls.create(owner.viewer, input(d, owner.id, consortiumIds.get(d.consortium!)!), d.open);
    created++;
  }
  return created;
}
