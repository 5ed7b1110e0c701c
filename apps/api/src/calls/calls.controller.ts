import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Principal } from '@syndesmos/auth';
import { DomainException, ErrorCode } from '@syndesmos/common';
import { CallService, ConsortiumService, todayUtc } from '@syndesmos/consortia';
import { CallSearch } from '@syndesmos/search';
import { ApiBodyExample } from '../common/api-body-example.decorator';
import { ApiErrors } from '../common/api-errors.decorator';
import { SIGNED_IN_ERRORS } from '../common/api-error-codes';
import { CurrentPrincipal } from '../common/auth.guard';
import { PageOf } from '../common/page.dto';
import { decodeTimeCursor, PageQueryDto, timePage } from '../common/pagination';
import { patchOf } from '../common/validation';
import { CONSORTIUM_EXAMPLE, INVITATION_DETAIL_EXAMPLE, INVITATION_EXAMPLE } from '../consortia/consortium.examples';
import {
  ConsortiumInvitationResponseDto,
  ConsortiumResponseDto,
  InvitationDetailResponseDto,
  toConsortiumResponse,
  toInvitationPage,
  toInvitationSummary,
} from '../consortia/consortium-response';
import {
  AnswersQueryDto,
  CallConsortiumDto,
  CallStatusDto,
  CreateAnswerDto,
  CreateCallDto,
  DecideAnswerDto,
  SearchCallsQueryDto,
  UpdateCallDto,
} from './call.dto';
import {
  ANSWER_EXAMPLE,
  CALL_EXAMPLE,
  CALL_SEARCH_EXAMPLE,
  CREATE_ANSWER_EXAMPLE,
  CREATE_CALL_EXAMPLE,
} from './call.examples';
import {
  AnswerResponseDto,
  CallResponseDto,
  CallSearchResponseDto,
  toAnswerResponse,
  toCallResponse,
  toCallSearchResponse,
} from './call-response';

const Id = () => Param('id', ParseUUIDPipe);
const AnswerId = () => Param('answerId', ParseUUIDPipe);

const ADMINS = 'Owners and admins of the calling organisation';

@ApiTags('calls')
@ApiBearerAuth()
@Controller('calls')
export class CallsController {
  constructor(private readonly calls: CallService) {}

  @Post()
  @ApiOperation({
    summary: 'Post a partner call',
    description:
      'Owners and admins of a published organisation, for it. A draft, or open at once with `open: true` ' +
      '(a confirmed e-mail address is needed to open: 403 EMAIL_NOT_VERIFIED). A `replacement` call names a ' +
      'consortium the organisation coordinates and is urgent. Errors: 403 FORBIDDEN, 404 NOT_FOUND (organisation), ' +
      '409 ORGANISATION_NOT_PUBLISHED, 422 INVALID_DATES (answer-by passed, after the NA deadline, or start before it).',
  })
  @ApiBodyExample(CreateCallDto, CREATE_CALL_EXAMPLE)
  @ApiCreatedResponse({ type: CallResponseDto, description: 'The call', example: CALL_EXAMPLE })
  @ApiErrors({
    ...SIGNED_IN_ERRORS,
    403: [ErrorCode.Forbidden, ErrorCode.EmailNotVerified],
    404: [ErrorCode.NotFound],
    409: [ErrorCode.OrganisationNotPublished],
    422: [ErrorCode.InvalidDates],
  })
  async create(@CurrentPrincipal() p: Principal, @Body() dto: CreateCallDto): Promise<CallResponseDto> {
    const { organisationId, kind, consortiumId, open, ...fields } = dto;
    return toCallResponse(
      await this.calls.create(
        p,
        { ...fields, organisationId, kind: kind ?? 'project', consortiumId: consortiumId ?? null },
        open ?? false,
      ),
    );
  }

  @Get(':id')
  @ApiOperation({
    summary: 'Read a partner call',
    description:
      'Any signed-in user; drafts, and calls of organisations that are not published, only for members of the ' +
      'calling organisation (404 NOT_FOUND for anyone else). Members also see `consortiumId` and `answerCounts`.',
  })
  @ApiOkResponse({ type: CallResponseDto, example: CALL_EXAMPLE })
  @ApiErrors({ ...SIGNED_IN_ERRORS, 404: [ErrorCode.NotFound] })
  async get(@CurrentPrincipal() p: Principal, @Id() id: string): Promise<CallResponseDto> {
    return toCallResponse(await this.calls.get(p, id));
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Edit a partner call',
    description:
      `${ADMINS}, while the call is a draft, open or paused (409 INVALID_STATE otherwise). Only the fields sent ` +
      'change; `null` clears the planned start, duration and NA deadline. Errors: 403 FORBIDDEN, 404 NOT_FOUND, ' +
      '422 INVALID_DATES.',
  })
  @ApiOkResponse({ type: CallResponseDto, description: 'The call as it is now', example: CALL_EXAMPLE })
  @ApiErrors({
    ...SIGNED_IN_ERRORS,
    403: [ErrorCode.Forbidden],
    404: [ErrorCode.NotFound],
    409: [ErrorCode.InvalidState],
    422: [ErrorCode.InvalidDates],
  })
  async update(@CurrentPrincipal() p: Principal, @Id() id: string, @Body() dto: UpdateCallDto) {
    return toCallResponse(await this.calls.update(p, id, patchOf(dto)));
  }

  @Post(':id/status')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Open, pause, reopen or close a partner call',
    description:
      `${ADMINS}. draft → open; open ⇄ paused; draft, open or paused → closed with a \`reason\`. Expiry is the ` +
      'platform’s. Errors: 409 INVALID_TRANSITION (with `from`, `to`, `allowed`), 403 EMAIL_NOT_VERIFIED to open, ' +
      '409 ORGANISATION_NOT_PUBLISHED, 422 INVALID_DATES.',
  })
  @ApiBodyExample(CallStatusDto, { status: 'closed', reason: 'found_partners' })
  @ApiOkResponse({ type: CallResponseDto, description: 'The call in its new state', example: CALL_EXAMPLE })
  @ApiErrors({
    ...SIGNED_IN_ERRORS,
    403: [ErrorCode.Forbidden, ErrorCode.EmailNotVerified],
    404: [ErrorCode.NotFound],
    409: [ErrorCode.InvalidTransition, ErrorCode.OrganisationNotPublished],
    422: [ErrorCode.InvalidDates],
  })
  async status(@CurrentPrincipal() p: Principal, @Id() id: string, @Body() dto: CallStatusDto) {
    return toCallResponse(await this.calls.setStatus(p, id, dto.status, dto.reason));
  }

  @Post(':id/consortium')
  @ApiOperation({
    summary: 'Form the consortium of a partner call',
    description:
      `${ADMINS}. A forming consortium for the call’s action, coordinated by the calling organisation; shortlisted ` +
      'answers can then be invited into it. Errors: 403 FORBIDDEN, 404 NOT_FOUND, 409 INVALID_STATE (it has one).',
  })
  @ApiBodyExample(CallConsortiumDto, { name: 'Green welding skills' })
  @ApiCreatedResponse({ type: ConsortiumResponseDto, example: CONSORTIUM_EXAMPLE })
  @ApiErrors({
    ...SIGNED_IN_ERRORS,
    403: [ErrorCode.Forbidden],
    404: [ErrorCode.NotFound],
    409: [ErrorCode.InvalidState, ErrorCode.OrganisationNotPublished],
  })
  async consortium(@CurrentPrincipal() p: Principal, @Id() id: string, @Body() dto: CallConsortiumDto) {
    return toConsortiumResponse(await this.calls.createConsortium(p, id, dto));
  }

  @Post(':id/answers')
  @ApiOperation({
    summary: 'Answer a partner call',
    description:
      'Owners and admins of another published organisation, once per organisation (again after withdrawing), ' +
      'while the call is open. Errors: 403 FORBIDDEN, 404 NOT_FOUND, 409 ALREADY_ANSWERED, 409 CALL_NOT_OPEN, ' +
      '409 ORGANISATION_NOT_PUBLISHED, 422 OWN_CALL.',
  })
  @ApiBodyExample(CreateAnswerDto, CREATE_ANSWER_EXAMPLE)
  @ApiCreatedResponse({ type: AnswerResponseDto, example: ANSWER_EXAMPLE })
  @ApiErrors({
    ...SIGNED_IN_ERRORS,
    403: [ErrorCode.Forbidden],
    404: [ErrorCode.NotFound],
    409: [ErrorCode.AlreadyAnswered, ErrorCode.CallNotOpen, ErrorCode.OrganisationNotPublished],
    422: [ErrorCode.OwnCall],
  })
  async answer(@CurrentPrincipal() p: Principal, @Id() id: string, @Body() dto: CreateAnswerDto) {
    return toAnswerResponse(
      await this.calls.answer(p, id, { ...dto, contact: { ...dto.contact, phone: dto.contact.phone ?? null } }),
    );
  }

  @Get(':id/answers')
  @ApiOperation({
    summary: 'List the answers to a partner call',
    description:
      'Members of the calling organisation (403 FORBIDDEN for other signed-in users). In the order they came, ' +
      'a page at a time; withdrawn answers only when asked for with `status=withdrawn`.',
  })
  @ApiOkResponse({ type: PageOf(AnswerResponseDto), example: { items: [ANSWER_EXAMPLE], nextCursor: null } })
  @ApiErrors({ ...SIGNED_IN_ERRORS, 403: [ErrorCode.Forbidden], 404: [ErrorCode.NotFound] })
  async answers(@CurrentPrincipal() p: Principal, @Id() id: string, @Query() q: AnswersQueryDto) {
    const after = decodeTimeCursor(q.cursor);
    const rows = await this.calls.answers(
      p,
      id,
      q.limit ?? 20,
      q.status,
      after && { createdAt: after.at, id: after.id },
    );
    return timePage(rows, (a) => a.createdAt, toAnswerResponse);
  }

  @Post(':id/answers/:answerId/decision')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Shortlist or decline an answer',
    description: `${ADMINS}; they may change their mind. Errors: 403 FORBIDDEN, 404 NOT_FOUND, 409 INVALID_STATE (withdrawn).`,
  })
  @ApiBodyExample(DecideAnswerDto, { status: 'shortlisted' })
  @ApiOkResponse({ type: AnswerResponseDto, example: { ...ANSWER_EXAMPLE, status: 'shortlisted' } })
  @ApiErrors({
    ...SIGNED_IN_ERRORS,
    403: [ErrorCode.Forbidden],
    404: [ErrorCode.NotFound],
    409: [ErrorCode.InvalidState],
  })
  async decide(
    @CurrentPrincipal() p: Principal,
    @Id() id: string,
    @AnswerId() answerId: string,
    @Body() dto: DecideAnswerDto,
  ) {
    return toAnswerResponse(await this.calls.decide(p, id, answerId, dto.status));
  }

  @Post(':id/answers/:answerId/withdraw')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Withdraw an answer',
    description:
      'Owners and admins of the answering organisation; its contact details stop being shown, and it may answer ' +
      'again. Errors: 403 FORBIDDEN, 404 NOT_FOUND, 409 INVALID_STATE (already withdrawn).',
  })
  @ApiNoContentResponse({ description: 'Withdrawn' })
  @ApiErrors({
    ...SIGNED_IN_ERRORS,
    403: [ErrorCode.Forbidden],
    404: [ErrorCode.NotFound],
    409: [ErrorCode.InvalidState],
  })
  async withdraw(@CurrentPrincipal() p: Principal, @Id() id: string, @AnswerId() answerId: string): Promise<void> {
    await this.calls.withdrawAnswer(p, id, answerId);
  }

  @Post(':id/answers/:answerId/invite')
  @ApiOperation({
    summary: 'Invite a shortlisted answer’s organisation into the call’s consortium',
    description:
      `${ADMINS}, in the role it offered. Errors: 403 FORBIDDEN, 404 NOT_FOUND, 409 INVALID_STATE (not ` +
      'shortlisted, or no consortium yet), 409 ALREADY_IN_CONSORTIUM, 409 ORGANISATION_NOT_PUBLISHED.',
  })
  @ApiCreatedResponse({ type: ConsortiumInvitationResponseDto, example: INVITATION_EXAMPLE })
  @ApiErrors({
    ...SIGNED_IN_ERRORS,
    403: [ErrorCode.Forbidden],
    404: [ErrorCode.NotFound],
    409: [ErrorCode.InvalidState, ErrorCode.AlreadyInConsortium, ErrorCode.OrganisationNotPublished],
  })
  async invite(@CurrentPrincipal() p: Principal, @Id() id: string, @AnswerId() answerId: string) {
    return toInvitationSummary(await this.calls.inviteFromAnswer(p, id, answerId));
  }
}

/** What an organisation has posted, answered and been invited to. */
@ApiTags('calls')
@ApiBearerAuth()
@Controller('organisations/:id')
export class OrganisationCallsController {
  constructor(
    private readonly calls: CallService,
    private readonly consortia: ConsortiumService,
  ) {}

  @Get('calls')
  @ApiOperation({
    summary: 'List an organisation’s partner calls',
    description:
      'Any signed-in user, for a published organisation; its members also see drafts (and the calls of an ' +
      'organisation that is not published: 404 NOT_FOUND for anyone else). Newest first, a page at a time.',
  })
  @ApiOkResponse({ type: PageOf(CallResponseDto), example: { items: [CALL_EXAMPLE], nextCursor: null } })
  @ApiErrors({ ...SIGNED_IN_ERRORS, 404: [ErrorCode.NotFound] })
  async list(@CurrentPrincipal() p: Principal, @Id() id: string, @Query() q: PageQueryDto) {
    const after = decodeTimeCursor(q.cursor);
    const rows = await this.calls.listForOrganisation(
      p,
      id,
      q.limit ?? 20,
      after && { createdAt: after.at, id: after.id },
    );
    return timePage(
      { items: rows.items.map((v) => ({ ...v, id: v.call.id })), more: rows.more },
      (v) => v.call.createdAt,
      toCallResponse,
    );
  }

  @Get('answers')
  @ApiOperation({
    summary: 'List the answers an organisation has sent',
    description: 'Members of the organisation (404 NOT_FOUND for anyone else). Newest first, a page at a time.',
  })
  @ApiOkResponse({ type: PageOf(AnswerResponseDto), example: { items: [ANSWER_EXAMPLE], nextCursor: null } })
  @ApiErrors({ ...SIGNED_IN_ERRORS, 404: [ErrorCode.NotFound] })
  async answers(@CurrentPrincipal() p: Principal, @Id() id: string, @Query() q: PageQueryDto) {
    const before = decodeTimeCursor(q.cursor);
    const rows = await this.calls.answersBy(p, id, q.limit ?? 20, before && { createdAt: before.at, id: before.id });
    return timePage(rows, (a) => a.createdAt, toAnswerResponse);
  }

  @Get('consortium-invitations')
  @ApiOperation({
    summary: 'List the pending consortium invitations of an organisation',
    description:
      'Members of the organisation (404 NOT_FOUND for anyone else). Each with the consortium, its coordinator ' +
      'and members; newest first, a page at a time.',
  })
  @ApiOkResponse({
    type: PageOf(InvitationDetailResponseDto),
    example: { items: [INVITATION_DETAIL_EXAMPLE], nextCursor: null },
  })
  @ApiErrors({ ...SIGNED_IN_ERRORS, 404: [ErrorCode.NotFound] })
  async invitations(@CurrentPrincipal() p: Principal, @Id() id: string, @Query() q: PageQueryDto) {
    const before = decodeTimeCursor(q.cursor);
    return toInvitationPage(
      await this.consortia.invitationsFor(p, id, q.limit ?? 20, before && { createdAt: before.at, id: before.id }),
    );
  }
}

@ApiTags('search')
@ApiBearerAuth()
@Controller('search/calls')
export class CallSearchController {
  constructor(
    private readonly search: CallSearch,
    private readonly consortia: ConsortiumService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Search open partner calls',
    description:
      'Any signed-in user. Open calls of published organisations, from their own Meilisearch index; page ' +
      'numbers, as for organisation search (Meilisearch counts the hits). `fitsOrganisation` must be one of ' +
      'your organisations (404 NOT_FOUND otherwise). Errors: 503 SEARCH_UNAVAILABLE, never an empty list.',
  })
  @ApiOkResponse({ type: CallSearchResponseDto, example: CALL_SEARCH_EXAMPLE })
  @ApiErrors({ ...SIGNED_IN_ERRORS, 404: [ErrorCode.NotFound], 503: [ErrorCode.SearchUnavailable] })
  async calls(@CurrentPrincipal() p: Principal, @Query() q: SearchCallsQueryDto): Promise<CallSearchResponseDto> {
    let fits;
    if (q.fitsOrganisation) {
      const s = await this.consortia.standing(p);
      const org = s.memberOf(q.fitsOrganisation) ? await this.consortia.organisationFacts(q.fitsOrganisation) : null;
      if (!org) throw new DomainException(ErrorCode.NotFound, 'organisation not found');
      fits = {
        organisationId: org.id,
        country: org.country,
        naceSections: org.naceSections,
        organisationType: org.organisationType,
      };
    }
    const result = await this.search.search({
      q: q.q,
      actions: q.action,
      kinds: q.kind,
      urgent: q.urgent,
      topics: q.topic,
      soughtCountries: q.soughtCountry,
      soughtNaceSections: q.soughtNaceSection,
      soughtOrganisationTypes: q.soughtOrganisationType,
      organisationCountries: q.country,
      languages: q.language,
      deadlineFrom: q.deadlineFrom,
      deadlineTo: q.deadlineTo,
      fits,
      facets: q.facets,
      sort: q.sort,
      page: q.page,
      pageSize: q.pageSize,
      today: todayUtc(),
    });
    return toCallSearchResponse(result);
  }
}
