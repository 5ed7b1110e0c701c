import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@syndesmos/auth';
import { ErrorCode } from '@syndesmos/common';
import { WorkplanService, type PartInput, type PartKind, type WorkplanDraft } from '@syndesmos/workplans';
import { ApiBodyExample } from '../common/api-body-example.decorator';
import { ApiErrors } from '../common/api-errors.decorator';
import { SIGNED_IN_ERRORS } from '../common/api-error-codes';
import { CurrentPrincipal } from '../common/auth.guard';
import { PageOf } from '../common/page.dto';
import { decodeCursor, encodeCursor, PageQueryDto } from '../common/pagination';
import { createValidationPipe, patchOf } from '../common/validation';
import {
  CheckWorkplanDto,
  CreateActivityDto,
  CreateEventDto,
  CreateResultDto,
  CreateWorkPackageDto,
  UpdateActivityDto,
  UpdateEventDto,
  UpdateFrameDto,
  UpdateResultDto,
  UpdateWorkPackageDto,
  VersionQueryDto,
} from './workplan.dto';
import {
  CreatedPartResponseDto,
  toChangeResponse,
  WorkplanReportDto,
  toWorkplanResponse,
  WorkplanChangeResponseDto,
  WorkplanResponseDto,
} from './workplan-response';
import { ACTIVITY_EXAMPLE, EVENT_EXAMPLE, RESULT_EXAMPLE, WORK_PACKAGE_EXAMPLE } from './workplan.examples';

const Id = () => Param('id', ParseUUIDPipe);
const PartId = () => Param('partId', ParseUUIDPipe);
const isChangeKey = (v: unknown): v is string => typeof v === 'string' && /^\d{1,18}$/.test(v);

const READERS = 'People of its member organisations (404 NOT_FOUND for anyone else)';
const WRITERS =
  'Owners and admins of the coordinator, or of the organisation that leads the part (for an activity, also of ' +
  'its work package’s lead), before and after the change; while the consortium is forming or ready. Send the ' +
  '`version` you read: a stale one answers 409 VERSION_CONFLICT with the current part in `details.current`.';
const WRITE_ERRORS = {
  ...SIGNED_IN_ERRORS,
  403: [ErrorCode.Forbidden],
  404: [ErrorCode.NotFound],
  409: [ErrorCode.VersionConflict, ErrorCode.InvalidState],
} as const;
const CREATE_ERRORS = { ...WRITE_ERRORS, 409: [ErrorCode.InvalidState] } as const;

// The body a check's `values` must be: the one the part's write takes.
const DRAFT_BODIES = {
  frame: { changed: UpdateFrameDto, created: UpdateFrameDto },
  work_package: { changed: UpdateWorkPackageDto, created: CreateWorkPackageDto },
  activity: { changed: UpdateActivityDto, created: CreateActivityDto },
  result: { changed: UpdateResultDto, created: CreateResultDto },
  event: { changed: UpdateEventDto, created: CreateEventDto },
} as const;
const draftPipe = createValidationPipe();

@ApiTags('workplans')
@ApiBearerAuth()
@Controller('consortia/:id/workplan')
export class WorkplansController {
  constructor(private readonly workplans: WorkplanService) {}

  private async plan(p: Principal, id: string): Promise<WorkplanResponseDto> {
    return toWorkplanResponse(await this.workplans.get(p, id));
  }

  private async created<K extends PartKind>(p: Principal, id: string, kind: K, dto: PartInput<K>) {
    const partId = await this.workplans.create(p, id, kind, patchOf(dto) as PartInput<K>);
    return { id: partId, workplan: await this.plan(p, id) };
  }

  private async updated<K extends PartKind>(
    p: Principal,
    id: string,
    kind: K,
    partId: string,
    dto: PartInput<K> & { version: number },
  ) {
    const { version, ...values } = patchOf(dto);
    await this.workplans.update(p, id, kind, partId, version!, values as PartInput<K>);
    return this.plan(p, id);
  }

  private async removed(p: Principal, id: string, kind: PartKind, partId: string, q: VersionQueryDto) {
    await this.workplans.remove(p, id, kind, partId, q.version);
    return this.plan(p, id);
  }

  @Get()
  @ApiOperation({
    summary: 'Read a consortium’s workplan',
    description:
      `${READERS}. The whole plan (frame, work packages with WP1 project management, activities, results, ` +
      'events), its live rule report (each rule with severity, reason and source) and the per-partner view. ' +
      'Every consortium has one: it is created, empty, the first time it is read.',
  })
  @ApiOkResponse({ type: WorkplanResponseDto })
  @ApiErrors({ ...SIGNED_IN_ERRORS, 404: [ErrorCode.NotFound] })
  get(@CurrentPrincipal() p: Principal, @Id() id: string): Promise<WorkplanResponseDto> {
    return this.plan(p, id);
  }

  @Post('check')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Check a draft against the rules, storing nothing',
    description:
      'The rule report of the plan as it would be with one part saved: the frame, or a new (no `id`) or changed ' +
      'work package, activity, result or event, its `values` being the body its write takes. Checked and refused ' +
      'exactly as that write (400, 403, 404, 409 VERSION_CONFLICT when the `version` is stale); nothing is stored ' +
      'or announced. For a rule panel that follows a form as people type.',
  })
  @ApiBodyExample(CheckWorkplanDto, {
    part: 'activity',
    id: '6f1c2b8e-0d4a-4c5e-9a51-3b7e2f0c9d14',
    values: { version: 3, amount: 49999 },
  })
  @ApiOkResponse({ type: WorkplanReportDto })
  @ApiErrors(WRITE_ERRORS)
  async check(@CurrentPrincipal() p: Principal, @Id() id: string, @Body() dto: CheckWorkplanDto) {
    const changed = dto.part === 'frame' || dto.id !== undefined;
    const metatype = DRAFT_BODIES[dto.part][changed ? 'changed' : 'created'];
    const body = (await draftPipe.transform(dto.values, { type: 'body', metatype })) as object;
    const { version, ...values } = patchOf(body as { version?: number });
    return this.workplans.checkDraft(p, id, { part: dto.part, id: dto.id, version, values } as WorkplanDraft);
  }

  @Get('history')
  @ApiOperation({
    summary: 'Read a workplan’s history',
    description: `${READERS}. Who changed what and when, newest first, a page at a time (\`limit\` defaults to 50).`,
  })
  @ApiOkResponse({ type: PageOf(WorkplanChangeResponseDto) })
  @ApiErrors({ ...SIGNED_IN_ERRORS, 404: [ErrorCode.NotFound] })
  async history(@CurrentPrincipal() p: Principal, @Id() id: string, @Query() q: PageQueryDto) {
    const page = await this.workplans.history(p, id, q.limit ?? 50, decodeCursor(q.cursor, isChangeKey));
    const last = page.items[page.items.length - 1];
    return { items: page.items.map(toChangeResponse), nextCursor: page.more && last ? encodeCursor(last.id) : null };
  }

  @Patch('frame')
  @ApiOperation({
    summary: 'Change the workplan’s frame',
    description:
      'Owners and admins of the coordinator: lump sum (one of the action’s), duration (within its range), planned ' +
      'start, aim, summary; `null` clears. Send the frame’s `version`: a stale one answers 409 VERSION_CONFLICT.',
  })
  @ApiBodyExample(UpdateFrameDto, { version: 1, lumpSum: 250000, durationMonths: 24, plannedStart: '2027-09-01' })
  @ApiOkResponse({ type: WorkplanResponseDto })
  @ApiErrors(WRITE_ERRORS)
  async frame(@CurrentPrincipal() p: Principal, @Id() id: string, @Body() dto: UpdateFrameDto) {
    const { version, ...values } = patchOf(dto);
    await this.workplans.updateFrame(p, id, version!, values);
    return this.plan(p, id);
  }

  // ---- work packages (KA220-VET) ----

  @Post('work-packages')
  @ApiOperation({
    summary: 'Add a work package',
    description:
      'Owners and admins of the coordinator, in a KA220-VET plan (409 INVALID_STATE in a KA210-VET one). ' +
      'Organisations it names are members (400 otherwise).',
  })
  @ApiBodyExample(CreateWorkPackageDto, WORK_PACKAGE_EXAMPLE)
  @ApiCreatedResponse({ type: CreatedPartResponseDto })
  @ApiErrors(CREATE_ERRORS)
  createWorkPackage(@CurrentPrincipal() p: Principal, @Id() id: string, @Body() dto: CreateWorkPackageDto) {
    return this.created(p, id, 'work_package', dto);
  }

  @Patch('work-packages/:partId')
  @ApiOperation({
    summary: 'Change a work package',
    description: `${WRITERS} Its share of the lump sum is the coordinator’s to change.`,
  })
  @ApiBodyExample(UpdateWorkPackageDto, { version: 1, objectives: 'A shared curriculum for green welding' })
  @ApiOkResponse({ type: WorkplanResponseDto })
  @ApiErrors(WRITE_ERRORS)
  updateWorkPackage(
    @CurrentPrincipal() p: Principal,
    @Id() id: string,
    @PartId() partId: string,
    @Body() dto: UpdateWorkPackageDto,
  ) {
    return this.updated(p, id, 'work_package', partId, dto as PartInput<'work_package'> & { version: number });
  }

  @Delete('work-packages/:partId')
  @ApiOperation({
    summary: 'Remove a work package and its activities',
    description: 'Owners and admins of the coordinator; WP1 stays (409 INVALID_STATE). `version` as read.',
  })
  @ApiOkResponse({ type: WorkplanResponseDto })
  @ApiErrors(WRITE_ERRORS)
  removeWorkPackage(
    @CurrentPrincipal() p: Principal,
    @Id() id: string,
    @PartId() partId: string,
    @Query() q: VersionQueryDto,
  ) {
    return this.removed(p, id, 'work_package', partId, q);
  }

  // ---- activities ----

  @Post('activities')
  @ApiOperation({
    summary: 'Add an activity',
    description:
      'Owners and admins of the coordinator, of its work package’s lead, or of the organisation it names as ' +
      'lead. KA220-VET: in a work package of the plan; KA210-VET: directly in the plan (no work package).',
  })
  @ApiBodyExample(CreateActivityDto, ACTIVITY_EXAMPLE)
  @ApiCreatedResponse({ type: CreatedPartResponseDto })
  @ApiErrors(CREATE_ERRORS)
  createActivity(@CurrentPrincipal() p: Principal, @Id() id: string, @Body() dto: CreateActivityDto) {
    return this.created(p, id, 'activity', dto);
  }

  @Patch('activities/:partId')
  @ApiOperation({ summary: 'Change an activity', description: WRITERS })
  @ApiBodyExample(UpdateActivityDto, { version: 1, endMonth: 18 })
  @ApiOkResponse({ type: WorkplanResponseDto })
  @ApiErrors(WRITE_ERRORS)
  updateActivity(
    @CurrentPrincipal() p: Principal,
    @Id() id: string,
    @PartId() partId: string,
    @Body() dto: UpdateActivityDto,
  ) {
    return this.updated(p, id, 'activity', partId, dto as PartInput<'activity'> & { version: number });
  }

  @Delete('activities/:partId')
  @ApiOperation({ summary: 'Remove an activity', description: WRITERS })
  @ApiOkResponse({ type: WorkplanResponseDto })
  @ApiErrors(WRITE_ERRORS)
  removeActivity(
    @CurrentPrincipal() p: Principal,
    @Id() id: string,
    @PartId() partId: string,
    @Query() q: VersionQueryDto,
  ) {
    return this.removed(p, id, 'activity', partId, q);
  }

  // ---- results ----

  @Post('results')
  @ApiOperation({
    summary: 'Add a project result',
    description: 'Owners and admins of the coordinator, or of the organisation it names as lead.',
  })
  @ApiBodyExample(CreateResultDto, RESULT_EXAMPLE)
  @ApiCreatedResponse({ type: CreatedPartResponseDto })
  @ApiErrors(CREATE_ERRORS)
  createResult(@CurrentPrincipal() p: Principal, @Id() id: string, @Body() dto: CreateResultDto) {
    return this.created(p, id, 'result', dto);
  }

  @Patch('results/:partId')
  @ApiOperation({ summary: 'Change a project result', description: WRITERS })
  @ApiBodyExample(UpdateResultDto, { version: 1, dueMonth: 14 })
  @ApiOkResponse({ type: WorkplanResponseDto })
  @ApiErrors(WRITE_ERRORS)
  updateResult(
    @CurrentPrincipal() p: Principal,
    @Id() id: string,
    @PartId() partId: string,
    @Body() dto: UpdateResultDto,
  ) {
    return this.updated(p, id, 'result', partId, dto as PartInput<'result'> & { version: number });
  }

  @Delete('results/:partId')
  @ApiOperation({ summary: 'Remove a project result', description: WRITERS })
  @ApiOkResponse({ type: WorkplanResponseDto })
  @ApiErrors(WRITE_ERRORS)
  removeResult(
    @CurrentPrincipal() p: Principal,
    @Id() id: string,
    @PartId() partId: string,
    @Query() q: VersionQueryDto,
  ) {
    return this.removed(p, id, 'result', partId, q);
  }

  // ---- multiplier and dissemination events ----

  @Post('events')
  @ApiOperation({
    summary: 'Add a multiplier or dissemination event',
    description: 'Owners and admins of the coordinator, or of the organisation it names as host.',
  })
  @ApiBodyExample(CreateEventDto, EVENT_EXAMPLE)
  @ApiCreatedResponse({ type: CreatedPartResponseDto })
  @ApiErrors(CREATE_ERRORS)
  createEvent(@CurrentPrincipal() p: Principal, @Id() id: string, @Body() dto: CreateEventDto) {
    return this.created(p, id, 'event', dto);
  }

  @Patch('events/:partId')
  @ApiOperation({ summary: 'Change an event', description: WRITERS })
  @ApiBodyExample(UpdateEventDto, { version: 1, month: 22 })
  @ApiOkResponse({ type: WorkplanResponseDto })
  @ApiErrors(WRITE_ERRORS)
  updateEvent(
    @CurrentPrincipal() p: Principal,
    @Id() id: string,
    @PartId() partId: string,
    @Body() dto: UpdateEventDto,
  ) {
    return this.updated(p, id, 'event', partId, dto as PartInput<'event'> & { version: number });
  }

  @Delete('events/:partId')
  @ApiOperation({ summary: 'Remove an event', description: WRITERS })
  @ApiOkResponse({ type: WorkplanResponseDto })
  @ApiErrors(WRITE_ERRORS)
  removeEvent(
    @CurrentPrincipal() p: Principal,
    @Id() id: string,
    @PartId() partId: string,
    @Query() q: VersionQueryDto,
  ) {
    return this.removed(p, id, 'event', partId, q);
  }
}
