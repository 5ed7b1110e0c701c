import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Principal } from '@syndesmos/auth';
import { ErrorCode } from '@syndesmos/common';
import { ConsortiumService } from '@syndesmos/consortia';
import { ApiBodyExample } from '../common/api-body-example.decorator';
import { ApiErrors } from '../common/api-errors.decorator';
import { SIGNED_IN_ERRORS } from '../common/api-error-codes';
import { CurrentPrincipal } from '../common/auth.guard';
import { PageOf } from '../common/page.dto';
import { decodeCursor, decodeTimeCursor, encodeCursor, PageQueryDto } from '../common/pagination';
import { patchOf } from '../common/validation';
import {
  CreateConsortiumDto,
  HandOverDto,
  InvitationsQueryDto,
  InviteOrganisationDto,
  TransitionDto,
  UpdateConsortiumDto,
} from './consortium.dto';
import {
  CONSORTIUM_EXAMPLE,
  CREATE_CONSORTIUM_EXAMPLE,
  EVENT_EXAMPLE,
  INVITATION_DETAIL_EXAMPLE,
  INVITATION_EXAMPLE,
  INVITE_EXAMPLE,
} from './consortium.examples';
import {
  ConsortiumEventResponseDto,
  ConsortiumInvitationResponseDto,
  ConsortiumResponseDto,
  InvitationDecisionResponseDto,
  InvitationDetailResponseDto,
  toConsortiumResponse,
  toEventResponse,
  toInvitationDecisionResponse,
  toInvitationPage,
  toInvitationSummary,
} from './consortium-response';

const Id = () => Param('id', ParseUUIDPipe);
const isEventKey = (v: unknown): v is string => typeof v === 'string' && /^\d{1,18}$/.test(v);

const MEMBERS = 'Members of its member organisations (404 NOT_FOUND for anyone else)';
const COORDINATOR_ADMINS = 'Owners and admins of the coordinating organisation';

@ApiTags('consortia')
@ApiBearerAuth()
@Controller('consortia')
export class ConsortiaController {
  constructor(private readonly consortia: ConsortiumService) {}

  @Post()
  @ApiOperation({
    summary: 'Create a consortium',
    description:
      'Owners and admins of a published organisation, which coordinates it. It starts forming, with its own ' +
      'channel. Errors: 403 FORBIDDEN, 404 NOT_FOUND (organisation), 409 ORGANISATION_NOT_PUBLISHED.',
  })
  @ApiBodyExample(CreateConsortiumDto, CREATE_CONSORTIUM_EXAMPLE)
  @ApiCreatedResponse({ type: ConsortiumResponseDto, example: CONSORTIUM_EXAMPLE })
  @ApiErrors({
    ...SIGNED_IN_ERRORS,
    403: [ErrorCode.Forbidden],
    404: [ErrorCode.NotFound],
    409: [ErrorCode.OrganisationNotPublished],
  })
  async create(@CurrentPrincipal() p: Principal, @Body() dto: CreateConsortiumDto): Promise<ConsortiumResponseDto> {
    const c = await this.consortia.create(p, {
      organisationId: dto.organisationId,
      name: dto.name,
      action: dto.action,
      summary: dto.summary ?? '',
      naDeadline: dto.naDeadline ?? null,
    });
    return toConsortiumResponse(await this.consortia.get(p, c.id));
  }

  @Get()
  @ApiOperation({
    summary: 'List your consortia',
    description: 'Any signed-in user: the consortia their organisations belong to, newest first, a page at a time.',
  })
  @ApiOkResponse({ type: PageOf(ConsortiumResponseDto), example: { items: [CONSORTIUM_EXAMPLE], nextCursor: null } })
  @ApiErrors({ ...SIGNED_IN_ERRORS })
  async mine(@CurrentPrincipal() p: Principal, @Query() q: PageQueryDto) {
    const after = decodeTimeCursor(q.cursor);
    const limit = q.limit ?? 20;
    const page = await this.consortia.listMine(p, limit, after && { createdAt: after.at, id: after.id });
    return {
      items: page.items.map(toConsortiumResponse),
      nextCursor: page.next ? encodeCursor([page.next.createdAt.toISOString(), page.next.id]) : null,
    };
  }

  @Get(':id')
  @ApiOperation({
    summary: 'Read a consortium',
    description:
      `${MEMBERS}. Members, the live eligibility report (each programme rule with its result and reason), the ` +
      'composition with its gaps, pending invitations and the channel.',
  })
  @ApiOkResponse({ type: ConsortiumResponseDto, example: CONSORTIUM_EXAMPLE })
  @ApiErrors({ ...SIGNED_IN_ERRORS, 404: [ErrorCode.NotFound] })
  async get(@CurrentPrincipal() p: Principal, @Id() id: string): Promise<ConsortiumResponseDto> {
    return toConsortiumResponse(await this.consortia.get(p, id));
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Edit a consortium',
    description:
      `${COORDINATOR_ADMINS}, while forming or ready: name, summary and NA deadline (\`null\` clears it). ` +
      'Errors: 403 FORBIDDEN, 404 NOT_FOUND, 409 INVALID_STATE.',
  })
  @ApiBodyExample(UpdateConsortiumDto, { name: 'Green welding skills for offshore wind' })
  @ApiOkResponse({ type: ConsortiumResponseDto, example: CONSORTIUM_EXAMPLE })
  @ApiErrors({
    ...SIGNED_IN_ERRORS,
    403: [ErrorCode.Forbidden],
    404: [ErrorCode.NotFound],
    409: [ErrorCode.InvalidState],
  })
  async update(@CurrentPrincipal() p: Principal, @Id() id: string, @Body() dto: UpdateConsortiumDto) {
    await this.consortia.update(p, id, patchOf(dto));
    return toConsortiumResponse(await this.consortia.get(p, id));
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Move a consortium to its next state',
    description:
      `${COORDINATOR_ADMINS}. One step: forming → ready → submitted (with \`applicationReference\`) → funded / ` +
      'not_funded → closed; ready → forming; any → closed. Errors: 409 INVALID_TRANSITION and 409 RULES_NOT_MET, ' +
      'both with the allowed states and the failing rules in `details`; 403 FORBIDDEN, 404 NOT_FOUND.',
  })
  @ApiBodyExample(TransitionDto, { to: 'submitted', applicationReference: 'KA220-VET-2027-000123' })
  @ApiOkResponse({ type: ConsortiumResponseDto, example: CONSORTIUM_EXAMPLE })
  @ApiErrors({
    ...SIGNED_IN_ERRORS,
    403: [ErrorCode.Forbidden],
    404: [ErrorCode.NotFound],
    409: [ErrorCode.InvalidTransition, ErrorCode.RulesNotMet],
  })
  async transition(@CurrentPrincipal() p: Principal, @Id() id: string, @Body() dto: TransitionDto) {
    await this.consortia.transition(p, id, dto.to, dto.applicationReference);
    return toConsortiumResponse(await this.consortia.get(p, id));
  }

  @Get(':id/history')
  @ApiOperation({
    summary: 'Read a consortium’s history',
    description: `${MEMBERS}. Every membership and state change, newest first, a page at a time (\`limit\` defaults to 50).`,
  })
  @ApiOkResponse({ type: PageOf(ConsortiumEventResponseDto), example: { items: [EVENT_EXAMPLE], nextCursor: null } })
  @ApiErrors({ ...SIGNED_IN_ERRORS, 404: [ErrorCode.NotFound] })
  async history(@CurrentPrincipal() p: Principal, @Id() id: string, @Query() q: PageQueryDto) {
    const before = decodeCursor(q.cursor, isEventKey);
    const page = await this.consortia.history(p, id, q.limit ?? 50, before);
    const last = page.items[page.items.length - 1];
    return { items: page.items.map(toEventResponse), nextCursor: page.more && last ? encodeCursor(last.id) : null };
  }

  @Post(':id/invitations')
  @ApiOperation({
    summary: 'Invite an organisation into a consortium',
    description:
      `${COORDINATOR_ADMINS}, while forming or ready: a published organisation, as partner or associated ` +
      'partner; its admins are told. Errors: 403 FORBIDDEN, 404 NOT_FOUND, 409 ORGANISATION_NOT_PUBLISHED, ' +
      '409 ALREADY_IN_CONSORTIUM, 409 INVALID_STATE (already invited, or membership frozen).',
  })
  @ApiBodyExample(InviteOrganisationDto, INVITE_EXAMPLE)
  @ApiCreatedResponse({ type: ConsortiumInvitationResponseDto, example: INVITATION_EXAMPLE })
  @ApiErrors({
    ...SIGNED_IN_ERRORS,
    403: [ErrorCode.Forbidden],
    404: [ErrorCode.NotFound],
    409: [ErrorCode.OrganisationNotPublished, ErrorCode.AlreadyInConsortium, ErrorCode.InvalidState],
  })
  async invite(@CurrentPrincipal() p: Principal, @Id() id: string, @Body() dto: InviteOrganisationDto) {
    return toInvitationSummary(
      await this.consortia.invite(p, id, {
        organisationId: dto.organisationId,
        role: dto.role,
        message: dto.message ?? null,
      }),
    );
  }

  @Delete(':id/invitations/:invitationId')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Withdraw a pending invitation',
    description: `${COORDINATOR_ADMINS}. Errors: 403 FORBIDDEN, 404 NOT_FOUND, 409 INVALID_STATE (no longer pending).`,
  })
  @ApiNoContentResponse({ description: 'Withdrawn' })
  @ApiErrors({
    ...SIGNED_IN_ERRORS,
    403: [ErrorCode.Forbidden],
    404: [ErrorCode.NotFound],
    409: [ErrorCode.InvalidState],
  })
  async revoke(
    @CurrentPrincipal() p: Principal,
    @Id() id: string,
    @Param('invitationId', ParseUUIDPipe) invitationId: string,
  ): Promise<void> {
    await this.consortia.revokeInvitation(p, id, invitationId);
  }

  @Delete(':id/members/:organisationId')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Leave a consortium, or remove a member',
    description:
      'Owners and admins of an organisation take it out; the coordinator’s owners and admins remove others. ' +
      'Membership is frozen once submitted. Errors: 409 COORDINATOR_MUST_HAND_OVER (the coordinator leaving), ' +
      '409 INVALID_STATE, 403 FORBIDDEN, 404 NOT_FOUND.',
  })
  @ApiNoContentResponse({ description: 'No longer a member' })
  @ApiErrors({
    ...SIGNED_IN_ERRORS,
    403: [ErrorCode.Forbidden],
    404: [ErrorCode.NotFound],
    409: [ErrorCode.CoordinatorMustHandOver, ErrorCode.InvalidState],
  })
  async remove(
    @CurrentPrincipal() p: Principal,
    @Id() id: string,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
  ): Promise<void> {
    await this.consortia.removeMember(p, id, organisationId);
  }

  @Post(':id/coordinator')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Hand coordination over',
    description:
      `${COORDINATOR_ADMINS}, to a full partner of the consortium (not an associated partner). Errors: ` +
      '403 FORBIDDEN, 404 NOT_FOUND, 409 INVALID_STATE.',
  })
  @ApiBodyExample(HandOverDto, { organisationId: INVITATION_EXAMPLE.organisationId })
  @ApiOkResponse({ type: ConsortiumResponseDto, example: CONSORTIUM_EXAMPLE })
  @ApiErrors({
    ...SIGNED_IN_ERRORS,
    403: [ErrorCode.Forbidden],
    404: [ErrorCode.NotFound],
    409: [ErrorCode.InvalidState, ErrorCode.OrganisationNotPublished],
  })
  async handOver(@CurrentPrincipal() p: Principal, @Id() id: string, @Body() dto: HandOverDto) {
    await this.consortia.handOver(p, id, dto.organisationId);
    return toConsortiumResponse(await this.consortia.get(p, id));
  }
}

@ApiTags('consortia')
@ApiBearerAuth()
@Controller('consortium-invitations')
export class ConsortiumInvitationsController {
  constructor(private readonly consortia: ConsortiumService) {}

  @Get()
  @ApiOperation({
    summary: 'List the consortium invitations to your organisations',
    description:
      'Any signed-in user: pending invitations to their organisations (or to one of them, `organisationId`: 404 ' +
      'NOT_FOUND unless you belong to it), each with who is in the consortium; newest first, a page at a time.',
  })
  @ApiOkResponse({
    type: PageOf(InvitationDetailResponseDto),
    example: { items: [INVITATION_DETAIL_EXAMPLE], nextCursor: null },
  })
  @ApiErrors({ ...SIGNED_IN_ERRORS, 404: [ErrorCode.NotFound] })
  async list(@CurrentPrincipal() p: Principal, @Query() q: InvitationsQueryDto) {
    const before = decodeTimeCursor(q.cursor);
    return toInvitationPage(
      await this.consortia.invitationsFor(
        p,
        q.organisationId,
        q.limit ?? 20,
        before && { createdAt: before.at, id: before.id },
      ),
    );
  }

  @Post(':id/accept')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Accept a consortium invitation',
    description:
      'Owners and admins of the invited organisation (its other members get 403 FORBIDDEN, anyone else 404 ' +
      'NOT_FOUND); two admins accepting at once make one membership. Errors: 409 INVALID_STATE (no longer pending, ' +
      'or membership frozen), 409 ORGANISATION_NOT_PUBLISHED, 409 ALREADY_IN_CONSORTIUM.',
  })
  @ApiOkResponse({
    type: InvitationDecisionResponseDto,
    example: { consortiumId: CONSORTIUM_EXAMPLE.id, status: 'accepted' },
  })
  @ApiErrors({
    ...SIGNED_IN_ERRORS,
    403: [ErrorCode.Forbidden],
    404: [ErrorCode.NotFound],
    409: [ErrorCode.InvalidState, ErrorCode.OrganisationNotPublished, ErrorCode.AlreadyInConsortium],
  })
  async accept(@CurrentPrincipal() p: Principal, @Id() id: string): Promise<InvitationDecisionResponseDto> {
    return toInvitationDecisionResponse(await this.consortia.decideInvitation(p, id, 'accepted'));
  }

  @Post(':id/decline')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Decline a consortium invitation',
    description:
      'Owners and admins of the invited organisation (its other members get 403 FORBIDDEN, anyone else 404 ' +
      'NOT_FOUND). Errors: 409 INVALID_STATE (no longer pending).',
  })
  @ApiOkResponse({
    type: InvitationDecisionResponseDto,
    example: { consortiumId: CONSORTIUM_EXAMPLE.id, status: 'declined' },
  })
  @ApiErrors({
    ...SIGNED_IN_ERRORS,
    403: [ErrorCode.Forbidden],
    404: [ErrorCode.NotFound],
    409: [ErrorCode.InvalidState],
  })
  async decline(@CurrentPrincipal() p: Principal, @Id() id: string): Promise<InvitationDecisionResponseDto> {
    return toInvitationDecisionResponse(await this.consortia.decideInvitation(p, id, 'declined'));
  }
}
