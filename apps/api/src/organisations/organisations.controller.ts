import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthService, type Principal } from '@syndesmos/auth';
import { OrganisationService } from '@syndesmos/organisations';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentPrincipal } from '../common/auth.guard';
import { decodeCursor, encodeCursor, PageQueryDto } from '../common/pagination';
import {
  AcceptInvitationDto,
  ChangeRoleDto,
  CreateOrganisationDto,
  InviteMemberDto,
  ListOrganisationsQueryDto,
  ReportDto,
  toNewProfile,
  toProfilePatch,
  UpdateOrganisationDto,
} from './organisation.dto';
import {
  AuditEntryDto,
  InvitationResponseDto,
  MemberResponseDto,
  MembershipResponseDto,
  OrganisationPageDto,
  OrganisationResponseDto,
  AuditPageDto,
  decodeAuditCursor,
  toAuditPage,
  toMemberResponse,
  toOrganisationResponse,
} from './organisation-response.dto';

const isNameKey = (v: unknown): v is [string, string] =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string';

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationService) {}

  @Post()
  @ApiCreatedResponse({ type: OrganisationResponseDto, description: 'A draft; you are its owner' })
  @ApiErrors(400, 401, 409, 413)
  async create(@CurrentPrincipal() p: Principal, @Body() dto: CreateOrganisationDto): Promise<OrganisationResponseDto> {
    return toOrganisationResponse(await this.organisations.create(p, toNewProfile(dto)));
  }

  @Get()
  @ApiOkResponse({ type: OrganisationPageDto, description: 'Published organisations, by name' })
  @ApiErrors(400, 401)
  async list(@Query() query: ListOrganisationsQueryDto): Promise<OrganisationPageDto> {
    return listPublishedPage(this.organisations, true, query);
  }

  @Get('mine')
  @ApiOkResponse({ type: [MembershipResponseDto], description: 'Organisations you belong to, in any state' })
  @ApiErrors(401)
  async mine(@CurrentPrincipal() p: Principal): Promise<MembershipResponseDto[]> {
    const rows = await this.organisations.listMine(p);
    return Promise.all(
      rows.map(async ({ organisation, role }) => ({
        role,
        organisation: toOrganisationResponse(await this.organisations.view(p, organisation, role)),
      })),
    );
  }

  @Get(':id')
  @ApiOkResponse({ type: OrganisationResponseDto })
  @ApiErrors(400, 401, 404)
  async get(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<OrganisationResponseDto> {
    return toOrganisationResponse(await this.organisations.get(p, id));
  }

  @Patch(':id')
  @ApiOkResponse({
    type: OrganisationResponseDto,
    description:
      'Drafts and rejected profiles change at once. On a published or suspended profile the live version stays and the changes wait as a pending revision for NA staff, except contactPerson, logoUrl and openToPartnerships, which apply at once. A submitted profile takes only those three.',
  })
  @ApiErrors(400, 401, 403, 404, 409)
  async update(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateOrganisationDto,
  ): Promise<OrganisationResponseDto> {
    return toOrganisationResponse(await this.organisations.update(p, id, toProfilePatch(dto)));
  }

  @Post(':id/submit')
  @HttpCode(200)
  @ApiOkResponse({ type: OrganisationResponseDto, description: 'Sent to the NA queue of its country' })
  @ApiErrors(401, 403, 404, 409, 422)
  async submit(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<OrganisationResponseDto> {
    return toOrganisationResponse(await this.organisations.submit(p, id));
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOkResponse({ type: OrganisationResponseDto, description: 'Back to draft' })
  @ApiErrors(401, 403, 404, 409)
  async withdraw(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<OrganisationResponseDto> {
    return toOrganisationResponse(await this.organisations.withdraw(p, id));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({
    description: 'Owners only; the profile disappears from every view and its OID is free again',
  })
  @ApiErrors(401, 403, 404)
  async delete(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.organisations.delete(p, id);
  }

  @Get(':id/members')
  @ApiOkResponse({ type: [MemberResponseDto] })
  @ApiErrors(401, 403, 404)
  async members(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<MemberResponseDto[]> {
    return (await this.organisations.members(p, id)).map(toMemberResponse);
  }

  @Patch(':id/members/:userId')
  @ApiOkResponse({ type: [MemberResponseDto] })
  @ApiErrors(400, 401, 403, 404, 409)
  async changeRole(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Body() dto: ChangeRoleDto,
  ): Promise<MemberResponseDto[]> {
    return (await this.organisations.changeRole(p, id, userId, dto.role)).map(toMemberResponse);
  }

  @Delete(':id/members/:userId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removes a member, or lets you leave (not as the last owner)' })
  @ApiErrors(401, 403, 404, 409)
  async removeMember(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('userId', ParseUUIDPipe) userId: string,
  ): Promise<void> {
    await this.organisations.removeMember(p, id, userId);
  }

  @Post(':id/invitations')
  @ApiCreatedResponse({ type: InvitationResponseDto })
  @ApiErrors(400, 401, 403, 404, 409)
  async invite(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: InviteMemberDto,
  ): Promise<InvitationResponseDto> {
    const issued = await this.organisations.invite(p, id, dto.email, dto.role);
    return {
      id: issued.invitation.id,
      email: issued.invitation.email,
      role: issued.invitation.role,
      expiresAt: issued.invitation.expiresAt.toISOString(),
      token: issued.token,
      acceptUrl: issued.acceptUrl,
    };
  }

  @Get(':id/invitations')
  @ApiOkResponse({ type: [InvitationResponseDto], description: 'Open invitations' })
  @ApiErrors(401, 403, 404)
  async invitations(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<InvitationResponseDto[]> {
    return (await this.organisations.invitations(p, id)).map((i) => ({
      id: i.id,
      email: i.email,
      role: i.role,
      expiresAt: i.expiresAt.toISOString(),
    }));
  }

  @Delete(':id/invitations/:invitationId')
  @HttpCode(204)
  @ApiErrors(401, 403, 404)
  async revokeInvitation(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('invitationId', ParseUUIDPipe) invitationId: string,
  ): Promise<void> {
    await this.organisations.revokeInvitation(p, id, invitationId);
  }

  @Post(':id/reports')
  @ApiCreatedResponse({ description: 'Goes to the NA queue of the organisation’s country' })
  @ApiErrors(400, 401, 404)
  async report(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReportDto,
  ): Promise<{ id: string }> {
    return this.organisations.report(p, id, dto.category, dto.text);
  }

  @Get(':id/decisions')
  @ApiOkResponse({ type: [AuditEntryDto], description: 'The audit trail of this organisation, newest first' })
  @ApiErrors(400, 401, 403, 404)
  async decisions(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() page: PageQueryDto,
  ): Promise<AuditPageDto> {
    const limit = page.limit ?? 50;
    return toAuditPage(await this.organisations.decisions(p, id, limit, decodeAuditCursor(page.cursor)), limit);
  }
}

export async function listPublishedPage(
  organisations: OrganisationService,
  signedIn: boolean,
  query: ListOrganisationsQueryDto,
): Promise<OrganisationPageDto> {
  const after = decodeCursor(query.cursor, isNameKey);
  const result = await organisations.listPublished({
    country: query.country,
    organisationType: query.organisationType,
    after: after && { displayName: after[0], id: after[1] },
    limit: query.limit ?? 20,
  });
  return {
    items: result.items.map((organisation) =>
      toOrganisationResponse({
        organisation,
        myRole: null,
        insider: false,
        showContact: signedIn,
        pendingRevision: null,
      }),
    ),
    nextCursor: result.next ? encodeCursor([result.next.displayName, result.next.id]) : null,
  };
}

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('invitations')
export class InvitationsController {
  constructor(
    private readonly organisations: OrganisationService,
    private readonly auth: AuthService,
  ) {}

  @Post('accept')
  @HttpCode(200)
  @ApiOkResponse({ description: 'You are now a member; answers the organisation id and your role' })
  @ApiErrors(400, 401, 403, 404, 409)
  async accept(
    @CurrentPrincipal() p: Principal,
    @Body() dto: AcceptInvitationDto,
  ): Promise<{ organisationId: string; role: string }> {
    const me = await this.auth.getMe(p);
    return this.organisations.acceptInvitation({ ...p, email: me.email }, dto.token);
  }
}
