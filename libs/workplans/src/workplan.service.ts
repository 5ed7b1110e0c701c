import { Injectable } from '@nestjs/common';
import { DomainException, ErrorCode, type FieldProblem } from '@syndesmos/common';
import { ConsortiumService, MEMBERSHIP_OPEN, type ConsortiumStatus, type Standing } from '@syndesmos/consortia';
import type { Viewer } from '@syndesmos/organisations';
import { RealtimePublisher } from '@syndesmos/realtime-events';
import type { Tx } from '@syndesmos/database';
import { WORKPLAN_FRAMES } from '@syndesmos/taxonomies';
import type {
  Activity,
  ProjectResult,
  WorkPackage,
  Workplan,
  WorkplanEvent,
  WorkplanFrameValues,
} from './workplan.model';
import { partnerViews, type PartnerView } from './partner-view';
import { WorkplanRepository, type ChangeEntry, type ConsortiumFacts, type PartKind } from './workplan.repository';
import { workplanReport, type WorkplanReport } from './workplan.rules';

// Who may read and change a consortium's workplan, and how a change is made: one transaction
// that locks the plan, checks the part's version, writes, records the change, and then tells
// the members' open pages (consortium.updated with part "workplan").

export interface WorkplanView {
  /** The consortium's name, as its members know it. */
  consortiumName: string;
  plan: Workplan;
  report: WorkplanReport;
  partners: PartnerView[];
  /** The viewer administers the coordinator: edits everything. */
  canManage: boolean;
  /** Ids of the parts (and "frame") the viewer may change. */
  editable: Set<string>;
}

/**
 * One part as someone is editing it, not yet saved: the frame, or a new (no `id`) or changed
 * work package, activity, result or event, with the same values (and `version`) as its write.
 */
export type WorkplanDraft =
  | { part: 'frame'; version: number; values: Partial<WorkplanFrameValues> }
  | { [K in PartKind]: { part: K; id?: string; version?: number; values: PartInput<K> } }[PartKind];

type PartOf = { work_package: WorkPackage; activity: Activity; result: ProjectResult; event: WorkplanEvent };
export type PartInput<K extends PartKind> = Partial<Omit<PartOf[K], 'id' | 'version' | 'updatedAt' | 'number'>>;

const PART_NAMES: Record<PartKind, string> = {
  work_package: 'work package',
  activity: 'activity',
  result: 'result',
  event: 'event',
};
const notFound = (what = 'consortium') => new DomainException(ErrorCode.NotFound, `${what} not found`);
const forbidden = (why: string) => new DomainException(ErrorCode.Forbidden, why);
const problem = (field: string, message: string, kind = 'invalid'): FieldProblem => ({ field, problem: kind, message });

interface Context {
  tx: Tx;
  plan: Workplan;
  s: Standing;
}

@Injectable()
export class WorkplanService {
  constructor(
    private readonly repo: WorkplanRepository,
    private readonly consortia: ConsortiumService,
    private readonly events: RealtimePublisher,
  ) {}

  /** Every person of a member organisation reads the plan; anyone else gets 404. */
  async get(viewer: Viewer, consortiumId: string): Promise<WorkplanView> {
    const s = await this.consortia.standing(viewer);
    const facts = await this.member(s, consortiumId);
    await this.repo.ensure(consortiumId, WORKPLAN_FRAMES[facts.action].workPackages, facts.coordinatorId);
    const plan = (await this.repo.load(facts))!;
    const open = MEMBERSHIP_OPEN.includes(facts.status as ConsortiumStatus);
    const editable = new Set<string>();
    if (open && s.adminOf(plan.coordinatorId)) editable.add('frame');
    const parts = [
      ...plan.workPackages.map((p) => [p.id, leadsOf(plan, 'work_package', p)] as const),
      ...plan.activities.map((p) => [p.id, leadsOf(plan, 'activity', p)] as const),
      ...plan.results.map((p) => [p.id, leadsOf(plan, 'result', p)] as const),
      ...plan.events.map((p) => [p.id, leadsOf(plan, 'event', p)] as const),
    ];
    for (const [id, leads] of parts) if (open && actingFor(s, plan, leads)) editable.add(id);
    return {
      consortiumName: facts.name,
      plan,
      report: workplanReport(plan, undefined, viewer.locale ?? 'en'),
      partners: partnerViews(plan),
      canManage: s.adminOf(plan.coordinatorId),
      editable,
    };
  }

  async history(viewer: Viewer, consortiumId: string, limit: number, beforeId?: string) {
    const s = await this.consortia.standing(viewer);
    await this.member(s, consortiumId);
    const rows: ChangeEntry[] = await this.repo.changes(consortiumId, limit, beforeId);
    return { items: rows.slice(0, limit), more: rows.length > limit };
  }

  /** The frame: the coordinator's admins only. */
  async updateFrame(
    viewer: Viewer,
    consortiumId: string,
    version: number,
    values: Partial<WorkplanFrameValues>,
    dryRun = false,
  ): Promise<void> {
    await this.write(viewer, consortiumId, dryRun, async ({ tx, plan, s }) => {
      if (!s.adminOf(plan.coordinatorId)) throw forbidden('only admins of the coordinator change the frame');
      if (plan.version !== version) throw conflict('frame', plan.consortiumId, plan.version, frameOf(plan));
      const rules = WORKPLAN_FRAMES[plan.action];
      const problems: FieldProblem[] = [];
      if (values.lumpSum != null && !rules.lumpSums.includes(values.lumpSum)) {
        problems.push(problem('lumpSum', `${plan.action} lump sums are ${rules.lumpSums.join(', ')} EUR`, 'isIn'));
      }
      const d = values.durationMonths;
      if (d != null && (d < rules.durationMonths.min || d > rules.durationMonths.max)) {
        problems.push(
          problem(
            'durationMonths',
            `${plan.action} lasts ${rules.durationMonths.min} to ${rules.durationMonths.max} months`,
            'range',
          ),
        );
      }
      invalidIf(problems);
      await this.repo.updateFrame(tx, consortiumId, values);
      await this.record(tx, plan, s, plan.coordinatorId, 'frame', null, 'updated', { fields: Object.keys(values) });
    });
  }

  async create<K extends PartKind>(viewer: Viewer, consortiumId: string, kind: K, input: PartInput<K>, dryRun = false) {
    return this.write(viewer, consortiumId, dryRun, async ({ tx, plan, s }) => {
      const values = withDefaults(kind, input);
      if (kind === 'work_package') {
        if (!WORKPLAN_FRAMES[plan.action].workPackages) throw noWorkPackages(plan);
        if (!s.adminOf(plan.coordinatorId)) throw forbidden('only admins of the coordinator add work packages');
      }
      this.check(plan, kind, values as never);
      const acting = actingFor(s, plan, leadsOf(plan, kind, values as never));
      if (!acting) throw forbidden(`you may add only a ${PART_NAMES[kind]} your organisation leads`);
      const id = await this.repo.insertPart(tx, consortiumId, kind, values);
      await this.record(tx, plan, s, acting, kind, id, 'created', { title: values.title });
      return id;
    });
  }

  async update<K extends PartKind>(
    viewer: Viewer,
    consortiumId: string,
    kind: K,
    id: string,
    version: number,
    input: PartInput<K>,
    dryRun = false,
  ): Promise<void> {
    await this.write(viewer, consortiumId, dryRun, async ({ tx, plan, s }) => {
      const current = this.current(plan, kind, id, version);
      const next = { ...current, ...input } as PartOf[K];
      this.check(plan, kind, next);
      const before = actingFor(s, plan, leadsOf(plan, kind, current));
      const after = actingFor(s, plan, leadsOf(plan, kind, next));
      if (!before || !after) throw forbidden(`only its lead or the coordinator change this ${PART_NAMES[kind]}`);
      const coordinator = s.adminOf(plan.coordinatorId);
      if (
        kind === 'work_package' &&
        !coordinator &&
        'amount' in input &&
        input.amount !== (current as WorkPackage).amount
      ) {
        throw forbidden('only admins of the coordinator change a work package’s share of the lump sum');
      }
      await this.repo.updatePart(tx, consortiumId, kind, id, input);
      await this.record(tx, plan, s, before, kind, id, 'updated', { title: next.title, fields: Object.keys(input) });
    });
  }

  async remove(viewer: Viewer, consortiumId: string, kind: PartKind, id: string, version: number): Promise<void> {
    await this.write(viewer, consortiumId, false, async ({ tx, plan, s }) => {
      const current = this.current(plan, kind, id, version);
      if (kind === 'work_package') {
        if ((current as WorkPackage).management) {
          throw new DomainException(ErrorCode.InvalidState, 'WP1, project management, always exists');
        }
        if (!s.adminOf(plan.coordinatorId)) throw forbidden('only admins of the coordinator remove work packages');
      }
      const acting = actingFor(s, plan, leadsOf(plan, kind, current));
      if (!acting) throw forbidden(`only its lead or the coordinator remove this ${PART_NAMES[kind]}`);
      await this.repo.deletePart(tx, consortiumId, kind, id);
      await this.record(tx, plan, s, acting, kind, id, 'deleted', { title: current.title });
    });
  }

  /**
   * The rule report of the plan as it would be with `draft` saved: the write runs, checks and
   * all, in a transaction that is then rolled back, so a check refuses exactly what the save
   * would (403, 404, 409, 400) and nothing is stored or announced.
   */
  async checkDraft(viewer: Viewer, consortiumId: string, draft: WorkplanDraft): Promise<WorkplanReport> {
    const write = (version: number | undefined): Promise<unknown> => {
      if (draft.part === 'frame') return this.updateFrame(viewer, consortiumId, version ?? 0, draft.values, true);
      if (draft.id === undefined) return this.create(viewer, consortiumId, draft.part, draft.values as never, true);
      return this.update(viewer, consortiumId, draft.part, draft.id, version ?? 0, draft.values as never, true);
    };
    // A check is not a save: when someone saved the part since the draft was read, the draft is
    // checked on top of what is there now (the save itself still answers 409).
    let version = draft.version;
    for (let attempt = 0; ; attempt++) {
      try {
        await write(version);
      } catch (e) {
        if (e instanceof DryRun) return workplanReport(e.plan, undefined, viewer.locale ?? 'en');
        const details = e instanceof DomainException && e.code === ErrorCode.VersionConflict ? e.details : undefined;
        const now = details && !Array.isArray(details) ? details.version : undefined;
        if (attempt < 2 && typeof now === 'number') {
          version = now;
          continue;
        }
        throw e;
      }
      throw new Error('a dry run ended without rolling back');
    }
  }

  // ---- helpers ----

  private async member(s: Standing, consortiumId: string): Promise<ConsortiumFacts> {
    const facts = await this.repo.consortium(consortiumId);
    if (!facts || !facts.members.some((m) => s.memberOf(m.organisationId))) throw notFound();
    return facts;
  }

  private async write<T>(
    viewer: Viewer,
    consortiumId: string,
    dryRun: boolean,
    work: (c: Context) => Promise<T>,
  ): Promise<T> {
    const s = await this.consortia.standing(viewer);
    const outside = await this.member(s, consortiumId);
    await this.repo.ensure(consortiumId, WORKPLAN_FRAMES[outside.action].workPackages, outside.coordinatorId);
    const result = await this.repo.transaction(async (tx) => {
      await this.repo.lock(tx, consortiumId);
      // Read again under the lock: members may have come or gone since.
      const facts = await this.repo.consortium(consortiumId, tx);
      if (!facts || !facts.members.some((m) => s.memberOf(m.organisationId))) throw notFound();
      if (!MEMBERSHIP_OPEN.includes(facts.status as ConsortiumStatus)) {
        throw new DomainException(ErrorCode.InvalidState, `the plan of a ${facts.status} consortium is frozen`, {
          status: facts.status,
        });
      }
      const plan = (await this.repo.load(facts, tx))!;
      const done = await work({ tx, plan, s });
      if (dryRun) throw new DryRun((await this.repo.load(facts, tx))!);
      return done;
    });
    await this.events.publish('consortium.updated', { consortiumId, part: 'workplan' });
    return result;
  }

  private current<K extends PartKind>(plan: Workplan, kind: K, id: string, version: number): PartOf[K] {
    const part = (partsOf(plan, kind) as PartOf[K][]).find((p) => p.id === id);
    if (!part) throw notFound(PART_NAMES[kind]);
    if (part.version !== version) throw conflict(kind, id, part.version, part);
    return part;
  }

  /** The references a part makes are to this plan's members and parts; its months fit together. */
  private check<K extends PartKind>(plan: Workplan, kind: K, p: PartOf[K]): void {
    const members = new Set(plan.members.map((m) => m.organisationId));
    const problems: FieldProblem[] = [];
    const orgs = (field: string, ids: (string | null)[]) => {
      if (ids.some((id) => id !== null && !members.has(id))) {
        problems.push(problem(field, `${field} must name members of the consortium`, 'not_member'));
      }
    };
    const among = (field: string, ids: string[], known: { id: string }[], what: string) => {
      const set = new Set(known.map((k) => k.id));
      if (ids.some((id) => !set.has(id))) problems.push(problem(field, `${field} must name ${what} of this plan`));
    };
    if ('leadOrganisationId' in p) orgs('leadOrganisationId', [p.leadOrganisationId]);
    if ('participantIds' in p) orgs('participantIds', p.participantIds);
    if ('contributorIds' in p) orgs('contributorIds', p.contributorIds);
    if ('hostOrganisationId' in p) orgs('hostOrganisationId', [p.hostOrganisationId]);
    if (kind === 'activity') {
      const a = p as Activity;
      const packages = WORKPLAN_FRAMES[plan.action].workPackages;
      if (packages && !plan.workPackages.some((w) => w.id === a.workPackageId)) {
        problems.push(problem('workPackageId', 'a KA220-VET activity belongs to a work package of this plan'));
      }
      if (!packages && a.workPackageId) {
        problems.push(problem('workPackageId', 'a KA210-VET plan has no work packages', 'not_allowed'));
      }
      if (a.endMonth < a.startMonth) problems.push(problem('endMonth', 'endMonth comes before startMonth'));
    }
    if (kind === 'result') among('activityIds', (p as ProjectResult).activityIds, plan.activities, 'activities');
    if (kind === 'event') among('resultIds', (p as WorkplanEvent).resultIds, plan.results, 'results');
    invalidIf(problems);
  }

  private async record(
    tx: Tx,
    plan: Workplan,
    s: Standing,
    actingOrganisationId: string,
    part: PartKind | 'frame',
    partId: string | null,
    action: 'created' | 'updated' | 'deleted',
    detail: Record<string, unknown>,
  ): Promise<void> {
    await this.repo.appendChange(tx, {
      consortiumId: plan.consortiumId,
      actorId: s.viewer.userId,
      actorOrganisationId: actingOrganisationId,
      part,
      partId,
      action,
      detail,
    });
    await this.repo.touch(tx, plan.consortiumId);
  }
}

/** Rolls a dry run's transaction back, carrying the plan as the write left it. */
class DryRun extends Error {
  constructor(readonly plan: Workplan) {
    super('dry run');
  }
}

function partsOf(plan: Workplan, kind: PartKind) {
  return { work_package: plan.workPackages, activity: plan.activities, result: plan.results, event: plan.events }[kind];
}

/** The organisations that lead a part: its own lead (an event's host), and an activity's work-package lead. */
function leadsOf<K extends PartKind>(plan: Workplan, kind: K, p: Partial<PartOf[K]>): (string | null)[] {
  const fields = p as {
    hostOrganisationId?: string | null;
    leadOrganisationId?: string | null;
    workPackageId?: string | null;
  };
  if (kind === 'event') return [fields.hostOrganisationId ?? null];
  const own = fields.leadOrganisationId ?? null;
  if (kind !== 'activity') return [own];
  const wp = plan.workPackages.find((w) => w.id === fields.workPackageId);
  return [own, wp?.leadOrganisationId ?? null];
}

/** The organisation the viewer acts for on this part: the coordinator, or a lead they administer. */
function actingFor(s: Standing, plan: Workplan, leads: (string | null)[]): string | null {
  if (s.adminOf(plan.coordinatorId)) return plan.coordinatorId;
  return leads.find((l): l is string => l !== null && s.adminOf(l)) ?? null;
}

function withDefaults<K extends PartKind>(kind: K, input: PartInput<K>): Record<string, unknown> {
  const base: Record<PartKind, Record<string, unknown>> = {
    work_package: { objectives: '', indicators: '', leadOrganisationId: null, participantIds: [], amount: 0 },
    activity: {
      workPackageId: null,
      description: '',
      leadOrganisationId: null,
      participantIds: [],
      expectedResults: '',
      amount: 0,
    },
    result: {
      description: '',
      languages: [],
      targetGroups: [],
      leadOrganisationId: null,
      contributorIds: [],
      activityIds: [],
    },
    event: {
      description: '',
      hostOrganisationId: null,
      participantsLocal: 0,
      participantsInternational: 0,
      resultIds: [],
    },
  };
  return { ...base[kind], ...input, ...(kind === 'work_package' ? { management: false } : {}) };
}

function frameOf(plan: Workplan) {
  const { lumpSum, durationMonths, plannedStart, aim, summary, version, updatedAt } = plan;
  return { lumpSum, durationMonths, plannedStart, aim, summary, version, updatedAt };
}

function conflict(part: PartKind | 'frame', id: string, version: number, current: unknown): DomainException {
  return new DomainException(
    ErrorCode.VersionConflict,
    `someone changed this ${part === 'frame' ? 'frame' : PART_NAMES[part]} first: it is at version ${version}`,
    { part, id, version, current },
  );
}

function noWorkPackages(plan: Workplan): DomainException {
  return new DomainException(ErrorCode.InvalidState, `a ${plan.action} plan has no work packages`, {
    action: plan.action,
  });
}

function invalidIf(problems: FieldProblem[]): void {
  if (problems.length > 0) throw new DomainException(ErrorCode.ValidationFailed, problems[0]!.message, problems);
}
