import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@syndesmos/auth';
import { DomainException, ErrorCode } from '@syndesmos/common';
import { CallService, ConsortiumService, todayUtc } from '@syndesmos/consortia';
import { CallSearch } from '@syndesmos/search';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentPrincipal } from '../common/auth.guard';
import { decodeTimeCursor, PageQueryDto, timePage } from '../common/pagination';
import { patchOf } from '../common/validation';
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
  toAnswerResponse,
  toCallResponse,
  toConsortiumResponse,
  toInvitationResponse,
  toInvitationSummary,
} from './call-response';

const Id = () => Param('id', ParseUUIDPipe);
const AnswerId = () => Param('answerId', ParseUUIDPipe);

@ApiTags('calls')
@ApiBearerAuth()
@Controller('calls')
export class CallsController {
  constructor(private readonly calls: CallService) {}

  @Post()
  @ApiCreatedResponse({ description: 'A draft call, or an open one with open: true' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async create(@CurrentPrincipal() p: Principal, @Body() dto: CreateCallDto) {
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
  @ApiOkResponse({ description: 'A call; drafts only for the calling organisation' })
  @ApiErrors(400, 401, 404)
  async get(@CurrentPrincipal() p: Principal, @Id() id: string) {
    return toCallResponse(await this.calls.get(p, id));
  }

  @Patch(':id')
  @ApiOkResponse({ description: 'Draft, open and paused calls can be edited by the calling organisation’s admins' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async update(@CurrentPrincipal() p: Principal, @Id() id: string, @Body() dto: UpdateCallDto) {
    return toCallResponse(await this.calls.update(p, id, patchOf(dto)));
  }

  @Post(':id/status')
  @HttpCode(200)
  @ApiOkResponse({ description: 'draft → open; open ⇄ paused; any of them → closed (with a reason)' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async status(@CurrentPrincipal() p: Principal, @Id() id: string, @Body() dto: CallStatusDto) {
    return toCallResponse(await this.calls.setStatus(p, id, dto.status, dto.reason));
  }

  @Post(':id/consortium')
  @ApiCreatedResponse({ description: 'A consortium formed from this call, coordinated by its organisation' })
  @ApiErrors(400, 401, 403, 404, 409)
  async consortium(@CurrentPrincipal() p: Principal, @Id() id: string, @Body() dto: CallConsortiumDto) {
    return toConsortiumResponse(await this.calls.createConsortium(p, id, dto));
  }

  @Post(':id/answers')
  @ApiCreatedResponse({ description: 'An expression of interest; an organisation answers a call once' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async answer(@CurrentPrincipal() p: Principal, @Id() id: string, @Body() dto: CreateAnswerDto) {
    return toAnswerResponse(
      await this.calls.answer(p, id, { ...dto, contact: { ...dto.contact, phone: dto.contact.phone ?? null } }),
    );
  }

  @Get(':id/answers')
  @ApiOkResponse({ description: 'Answers in the order they came; for the calling organisation' })
  @ApiErrors(400, 401, 403, 404)
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
  @ApiOkResponse({ description: 'Shortlist or decline an answer' })
  @ApiErrors(400, 401, 403, 404, 409)
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
  @ApiErrors(400, 401, 403, 404, 409)
  async withdraw(@CurrentPrincipal() p: Principal, @Id() id: string, @AnswerId() answerId: string): Promise<void> {
    await this.calls.withdrawAnswer(p, id, answerId);
  }

  @Post(':id/answers/:answerId/invite')
  @ApiCreatedResponse({ description: 'Invites a shortlisted answer’s organisation into the call’s consortium' })
  @ApiErrors(400, 401, 403, 404, 409)
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
  @ApiOkResponse({ description: 'The organisation’s calls, newest first; drafts only for its members' })
  @ApiErrors(400, 401, 404)
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
  @ApiOkResponse({ description: 'Answers the organisation has sent, newest first (members only)' })
  @ApiErrors(400, 401, 404)
  async answers(@CurrentPrincipal() p: Principal, @Id() id: string) {
    return (await this.calls.answersBy(p, id)).map(toAnswerResponse);
  }

  @Get('consortium-invitations')
  @ApiOkResponse({ description: 'Pending invitations to consortia (members only)' })
  @ApiErrors(400, 401, 404)
  async invitations(@CurrentPrincipal() p: Principal, @Id() id: string) {
    return (await this.consortia.invitationsFor(p, id)).map(toInvitationResponse);
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
  @ApiOkResponse({ description: 'Open partner calls of published organisations' })
  @ApiErrors(400, 401, 404, 503)
  async calls(@CurrentPrincipal() p: Principal, @Query() q: SearchCallsQueryDto) {
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
    return this.search.search({
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
  }
}
