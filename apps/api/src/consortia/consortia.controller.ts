import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@syndesmos/auth';
import { ConsortiumService } from '@syndesmos/consortia';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentPrincipal } from '../common/auth.guard';
import { decodeCursor, decodeTimeCursor, encodeCursor, PageQueryDto } from '../common/pagination';
import { patchOf } from '../common/validation';
import {
  toConsortiumResponse,
  toEventResponse,
  toInvitationResponse,
  toInvitationSummary,
} from '../calls/call-response';
import {
  CreateConsortiumDto,
  HandOverDto,
  InvitationsQueryDto,
  InviteOrganisationDto,
  TransitionDto,
  UpdateConsortiumDto,
} from './consortium.dto';

const Id = () => Param('id', ParseUUIDPipe);
const isEventKey = (v: unknown): v is string => typeof v === 'string' && /^\d{1,18}$/.test(v);

@ApiTags('consortia')
@ApiBearerAuth()
@Controller('consortia')
export class ConsortiaController {
  constructor(private readonly consortia: ConsortiumService) {}

  @Post()
  @ApiCreatedResponse({ description: 'A forming consortium; your organisation coordinates it' })
  @ApiErrors(400, 401, 403, 404, 409)
  async create(@CurrentPrincipal() p: Principal, @Body() dto: CreateConsortiumDto) {
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
  @ApiOkResponse({ description: 'Consortia your organisations belong to, newest first' })
  @ApiErrors(400, 401)
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
  @ApiOkResponse({
    description:
      'Members, the live eligibility report, the composition with its gaps, and the channel; members only (404 otherwise)',
  })
  @ApiErrors(400, 401, 404)
  async get(@CurrentPrincipal() p: Principal, @Id() id: string) {
    return toConsortiumResponse(await this.consortia.get(p, id));
  }

  @Patch(':id')
  @ApiOkResponse({ description: 'Name, summary and NA deadline; coordinator admins, while forming or ready' })
  @ApiErrors(400, 401, 403, 404, 409)
  async update(@CurrentPrincipal() p: Principal, @Id() id: string, @Body() dto: UpdateConsortiumDto) {
    await this.consortia.update(p, id, patchOf(dto));
    return toConsortiumResponse(await this.consortia.get(p, id));
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @ApiOkResponse({
    description:
      'One step: forming → ready → submitted (applicationReference) → funded / not_funded → closed; ready → forming; any → closed. Refused with 409 and the failing rules.',
  })
  @ApiErrors(400, 401, 403, 404, 409)
  async transition(@CurrentPrincipal() p: Principal, @Id() id: string, @Body() dto: TransitionDto) {
    await this.consortia.transition(p, id, dto.to, dto.applicationReference);
    return toConsortiumResponse(await this.consortia.get(p, id));
  }

  @Get(':id/history')
  @ApiOkResponse({ description: 'Every membership and state change, newest first' })
  @ApiErrors(400, 401, 404)
  async history(@CurrentPrincipal() p: Principal, @Id() id: string, @Query() q: PageQueryDto) {
    const before = decodeCursor(q.cursor, isEventKey);
    const page = await this.consortia.history(p, id, q.limit ?? 50, before);
    const last = page.items[page.items.length - 1];
    return { items: page.items.map(toEventResponse), nextCursor: page.more && last ? encodeCursor(last.id) : null };
  }

  @Post(':id/invitations')
  @ApiCreatedResponse({ description: 'Invites a published organisation as partner or associated partner' })
  @ApiErrors(400, 401, 403, 404, 409)
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
  @ApiNoContentResponse({ description: 'Withdraws a pending invitation' })
  @ApiErrors(400, 401, 403, 404, 409)
  async revoke(
    @CurrentPrincipal() p: Principal,
    @Id() id: string,
    @Param('invitationId', ParseUUIDPipe) invitationId: string,
  ): Promise<void> {
    await this.consortia.revokeInvitation(p, id, invitationId);
  }

  @Delete(':id/members/:organisationId')
  @HttpCode(204)
  @ApiNoContentResponse({
    description: 'Your organisation leaves, or (coordinator admins) removes another; the coordinator hands over first',
  })
  @ApiErrors(400, 401, 403, 404, 409)
  async remove(
    @CurrentPrincipal() p: Principal,
    @Id() id: string,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
  ): Promise<void> {
    await this.consortia.removeMember(p, id, organisationId);
  }

  @Post(':id/coordinator')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Hands coordination to a full partner' })
  @ApiErrors(400, 401, 403, 404, 409)
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
  @ApiOkResponse({ description: 'Pending invitations to your organisations, with who is in each consortium' })
  @ApiErrors(400, 401, 404)
  async list(@CurrentPrincipal() p: Principal, @Query() q: InvitationsQueryDto) {
    return (await this.consortia.invitationsFor(p, q.organisationId)).map(toInvitationResponse);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Your organisation joins (admins of the invited organisation)' })
  @ApiErrors(400, 401, 403, 404, 409)
  accept(@CurrentPrincipal() p: Principal, @Id() id: string) {
    return this.consortia.decideInvitation(p, id, 'accepted');
  }

  @Post(':id/decline')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Your organisation declines' })
  @ApiErrors(400, 401, 403, 404, 409)
  decline(@CurrentPrincipal() p: Principal, @Id() id: string) {
    return this.consortia.decideInvitation(p, id, 'declined');
  }
}
