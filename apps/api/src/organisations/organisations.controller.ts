import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AuthService, type Principal } from '@syndesmos/auth';
import { OrganisationService } from '@syndesmos/organisations';
import { ErrorCode } from '@syndesmos/common';
import { FORBIDDEN, INVALID, MALFORMED, NOT_FOUND, SIGNED_OUT, TOO_LARGE } from '../common/api-error-codes';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentPrincipal } from '../common/auth.guard';
import { UuidParams } from '../common/uuid-params';
import { decodeCursor, decodeTimeCursor, encodeCursor, PageQueryDto } from '../common/pagination';
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
  AcceptedInvitationResponseDto,
  AuditPageDto,
  CreatedReportResponseDto,
  InvitationPageDto,
  IssuedInvitationResponseDto,
  MemberPageDto,
  MemberResponseDto,
  MembershipPageDto,
  OrganisationPageDto,
  OrganisationResponseDto,
  decodeAuditCursor,
  toAuditPage,
  toInvitationResponse,
  toMemberResponse,
  toOrganisationResponse,
} from './organisation-response.dto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isNameKey = (v: unknown): v is [string, string] =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string' && UUID.test(v[1]);

/** Members page by (role rank, joining time, user id). */
const isMemberKey = (v: unknown): v is [number, string, string] =>
  Array.isArray(v) &&
  v.length === 3 &&
  Number.isInteger(v[0]) &&
  typeof v[1] === 'string' &&
  !Number.isNaN(Date.parse(v[1])) &&
  typeof v[2] === 'string' &&
  UUID.test(v[2]);

const PROFILE_EXAMPLE = {
  legalName: 'Vocational Training Centre of Patras',
  displayName: 'KEK Patras',
  oid: 'E10234567',
  pic: null,
  country: 'GR',
  city: 'Patras',
  website: 'https://kek-patras.example',
  organisationType: 'vet_provider',
  naceSections: ['P'],
  naceDivisions: ['85'],
  sizeBand: '10-49',
  foundingYear: 1998,
  description: 'A continuing VET centre in Western Greece running courses in tourism, logistics and digital skills.',
  topics: ['digital_skills', 'work_based_learning'],
  targetGroups: ['cvet_learners'],
  languages: ['el', 'en'],
  experience: { level: 'participated', pastProjects: 3 },
  lookingFor: {
    countries: ['PT', 'ES'],
    naceSections: ['I'],
    organisationTypes: ['sme'],
    text: 'Hotels hosting learners',
  },
  contactPerson: { name: 'Giorgos Nikolaou', email: 'giorgos@kek-patras.example', phone: null, role: 'EU projects' },
  logoUrl: null,
  openToPartnerships: true,
};

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationService) {}

  @Post()
  @ApiOperation({
    summary: 'Create an organisation profile',
    description:
      'Any signed-in user. The profile starts as a draft that only its members see; the caller becomes its owner. The OID must not be used by another organisation.',
  })
  @ApiBody({ type: CreateOrganisationDto, examples: { vetCentre: { value: PROFILE_EXAMPLE } } })
  @ApiCreatedResponse({ type: OrganisationResponseDto, description: 'A draft; you are its owner' })
  @ApiErrors({ 400: MALFORMED, 401: SIGNED_OUT, 409: [ErrorCode.OidTaken], 413: TOO_LARGE })
  async create(@CurrentPrincipal() p: Principal, @Body() dto: CreateOrganisationDto): Promise<OrganisationResponseDto> {
    return toOrganisationResponse(await this.organisations.create(p, toNewProfile(dto)));
  }

  @Get()
  @ApiOperation({
    summary: 'List published organisations',
    description:
      'Any signed-in user (contact persons included). Published profiles only, by display name, a page at a time; for text and facet search use /v1/search/organisations.',
  })
  @ApiOkResponse({ type: OrganisationPageDto, description: 'Published organisations, by name' })
  @ApiErrors({ 400: INVALID, 401: SIGNED_OUT })
  async list(@Query() query: ListOrganisationsQueryDto): Promise<OrganisationPageDto> {
    return listPublishedPage(this.organisations, true, query);
  }

  @Get('mine')
  @ApiOperation({
    summary: 'List the organisations you belong to',
    description:
      'Any signed-in user: the organisations they are a member of, in any state, with their role, by display name, a page at a time.',
  })
  @ApiOkResponse({ type: MembershipPageDto, description: 'Organisations you belong to, in any state, by name' })
  @ApiErrors({ 400: INVALID, 401: SIGNED_OUT })
  async mine(@CurrentPrincipal() p: Principal, @Query() q: PageQueryDto): Promise<MembershipPageDto> {
    const after = decodeCursor(q.cursor, isNameKey);
    const page = await this.organisations.minePage(p, {
      limit: q.limit ?? 20,
      after: after && { displayName: after[0], id: after[1] },
    });
    return {
      items: await Promise.all(
        page.items.map(async ({ organisation, role }) => ({
          role,
          organisation: toOrganisationResponse(await this.organisations.view(p, organisation, role)),
        })),
      ),
      nextCursor: page.next && encodeCursor([page.next.displayName, page.next.id]),
    };
  }

  @Get(':id')
  @ApiOperation({
    summary: 'Read an organisation',
    description:
      'Any signed-in user may read a published organisation; its members, the NA staff of its country and admins also see it in other states, with the status reason and pending changes. Anyone else gets 404.',
  })
  @ApiOkResponse({ type: OrganisationResponseDto })
  @ApiErrors({ 400: INVALID, 401: SIGNED_OUT, 404: NOT_FOUND })
  @UuidParams('id')
  async get(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<OrganisationResponseDto> {
    return toOrganisationResponse(await this.organisations.get(p, id));
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change an organisation profile',
    description:
      'Owners and admins of the organisation. Send only the fields to change; null clears a field that may be empty.',
  })
  @ApiBody({
    type: UpdateOrganisationDto,
    examples: { city: { value: { city: 'Ioannina' } }, clearWebsite: { value: { website: null } } },
  })
  @ApiOkResponse({
    type: OrganisationResponseDto,
    description:
      'Drafts and rejected profiles change at once. On a published or suspended profile the live version stays and the changes wait as a pending revision for NA staff, except contactPerson, logoUrl and openToPartnerships, which apply at once. A submitted profile takes only those three.',
  })
  @ApiErrors({
    400: MALFORMED,
    401: SIGNED_OUT,
    403: FORBIDDEN,
    404: NOT_FOUND,
    409: [ErrorCode.InvalidState, ErrorCode.OidTaken],
    413: TOO_LARGE,
  })
  @UuidParams('id')
  async update(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateOrganisationDto,
  ): Promise<OrganisationResponseDto> {
    return toOrganisationResponse(await this.organisations.update(p, id, toProfilePatch(dto)));
  }

  @Post(':id/submit')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Submit a profile for publication',
    description:
      'Owners and admins, with a confirmed e-mail address, of a draft or rejected organisation whose profile is complete (PROFILE_INCOMPLETE lists what is missing).',
  })
  @ApiOkResponse({ type: OrganisationResponseDto, description: 'Sent to the NA queue of its country' })
  @ApiErrors({
    400: INVALID,
    401: SIGNED_OUT,
    403: [ErrorCode.Forbidden, ErrorCode.EmailNotVerified],
    404: NOT_FOUND,
    409: [ErrorCode.InvalidState],
    422: [ErrorCode.ProfileIncomplete],
  })
  @UuidParams('id')
  async submit(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<OrganisationResponseDto> {
    return toOrganisationResponse(await this.organisations.submit(p, id));
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Withdraw a submission',
    description: 'Owners and admins of a submitted organisation, before NA staff decide: it goes back to draft.',
  })
  @ApiOkResponse({ type: OrganisationResponseDto, description: 'Back to draft' })
  @ApiErrors({ 400: INVALID, 401: SIGNED_OUT, 403: FORBIDDEN, 404: NOT_FOUND, 409: [ErrorCode.InvalidState] })
  @UuidParams('id')
  async withdraw(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<OrganisationResponseDto> {
    return toOrganisationResponse(await this.organisations.withdraw(p, id));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an organisation', description: 'Owners of the organisation only.' })
  @ApiNoContentResponse({
    description: 'Owners only; the profile disappears from every view and its OID is free again',
  })
  @ApiErrors({ 400: INVALID, 401: SIGNED_OUT, 403: FORBIDDEN, 404: NOT_FOUND })
  @UuidParams('id')
  async delete(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.organisations.delete(p, id);
  }

  @Get(':id/members')
  @ApiOperation({
    summary: 'List the members of an organisation',
    description:
      'Its members, the NA staff of its country and admins. Owners first, then admins, then members, each by joining date, a page at a time.',
  })
  @ApiOkResponse({ type: MemberPageDto })
  @ApiErrors({ 400: INVALID, 401: SIGNED_OUT, 403: FORBIDDEN, 404: NOT_FOUND })
  @UuidParams('id')
  async members(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() q: PageQueryDto,
  ): Promise<MemberPageDto> {
    const after = decodeCursor(q.cursor, isMemberKey);
    const page = await this.organisations.members(p, id, {
      limit: q.limit ?? 20,
      after: after && { rank: after[0], joinedAt: after[1], userId: after[2] },
    });
    return {
      items: page.items.map(toMemberResponse),
      nextCursor: page.next && encodeCursor([page.next.rank, page.next.joinedAt, page.next.userId]),
    };
  }

  @Patch(':id/members/:userId')
  @ApiOperation({
    summary: "Change a member's role",
    description:
      'Owners and admins; only owners make or unmake owners, and the last owner cannot step down (LAST_OWNER).',
  })
  @ApiOkResponse({ type: MemberResponseDto, description: 'The member, with their new role' })
  @ApiErrors({ 400: MALFORMED, 401: SIGNED_OUT, 403: FORBIDDEN, 404: NOT_FOUND, 409: [ErrorCode.LastOwner] })
  @UuidParams('id', 'userId')
  async changeRole(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Body() dto: ChangeRoleDto,
  ): Promise<MemberResponseDto> {
    return toMemberResponse(await this.organisations.changeRole(p, id, userId, dto.role));
  }

  @Delete(':id/members/:userId')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Remove a member, or leave',
    description:
      'Any member may remove themselves, except the last owner (LAST_OWNER); owners and admins remove others, and only owners remove owners.',
  })
  @ApiNoContentResponse({ description: 'Removes a member, or lets you leave (not as the last owner)' })
  @ApiErrors({ 400: INVALID, 401: SIGNED_OUT, 403: FORBIDDEN, 404: NOT_FOUND, 409: [ErrorCode.LastOwner] })
  @UuidParams('id', 'userId')
  async removeMember(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('userId', ParseUUIDPipe) userId: string,
  ): Promise<void> {
    await this.organisations.removeMember(p, id, userId);
  }

  @Post(':id/invitations')
  @ApiOperation({
    summary: 'Invite someone to join an organisation',
    description:
      'Owners and admins; only owners invite owners. The invitee gets the link by e-mail (and in the app when they have an account) and accepts it signed in with that address.',
  })
  @ApiCreatedResponse({ type: IssuedInvitationResponseDto })
  @ApiErrors({ 400: MALFORMED, 401: SIGNED_OUT, 403: FORBIDDEN, 404: NOT_FOUND, 409: [ErrorCode.AlreadyMember] })
  @UuidParams('id')
  async invite(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: InviteMemberDto,
  ): Promise<IssuedInvitationResponseDto> {
    const issued = await this.organisations.invite(p, id, dto.email, dto.role);
    return { ...toInvitationResponse(issued.invitation), token: issued.token, acceptUrl: issued.acceptUrl };
  }

  @Get(':id/invitations')
  @ApiOperation({
    summary: 'List the open invitations of an organisation',
    description:
      'Owners and admins: invitations neither accepted, revoked nor expired, newest first, a page at a time.',
  })
  @ApiOkResponse({ type: InvitationPageDto, description: 'Open invitations, newest first' })
  @ApiErrors({ 400: INVALID, 401: SIGNED_OUT, 403: FORBIDDEN, 404: NOT_FOUND })
  @UuidParams('id')
  async invitations(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() q: PageQueryDto,
  ): Promise<InvitationPageDto> {
    const page = await this.organisations.invitations(p, id, {
      limit: q.limit ?? 20,
      after: decodeTimeCursor(q.cursor),
    });
    return {
      items: page.items.map(toInvitationResponse),
      nextCursor: page.next && encodeCursor([page.next.at, page.next.id]),
    };
  }

  @Delete(':id/invitations/:invitationId')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Revoke an invitation',
    description: 'Owners and admins: the link stops working.',
  })
  @ApiNoContentResponse({ description: 'The invitation is revoked' })
  @ApiErrors({ 400: INVALID, 401: SIGNED_OUT, 403: FORBIDDEN, 404: NOT_FOUND })
  @UuidParams('id', 'invitationId')
  async revokeInvitation(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('invitationId', ParseUUIDPipe) invitationId: string,
  ): Promise<void> {
    await this.organisations.revokeInvitation(p, id, invitationId);
  }

  @Post(':id/reports')
  @ApiOperation({
    summary: 'Report a published organisation',
    description:
      'Any signed-in user, about a published organisation (others answer 404). The report goes to the NA queue of its country.',
  })
  @ApiCreatedResponse({
    type: CreatedReportResponseDto,
    description: 'Goes to the NA queue of the organisation’s country',
  })
  @ApiErrors({ 400: MALFORMED, 401: SIGNED_OUT, 404: NOT_FOUND })
  @UuidParams('id')
  async report(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReportDto,
  ): Promise<CreatedReportResponseDto> {
    const report = await this.organisations.report(p, id, dto.category, dto.text);
    return { id: report.id };
  }

  @Get(':id/decisions')
  @ApiOperation({
    summary: 'Read the audit trail of an organisation',
    description:
      'Its members, the NA staff of its country and admins: every decision and lifecycle step, newest first, a page at a time (limit defaults to 50).',
  })
  @ApiOkResponse({ type: AuditPageDto, description: 'The audit trail of this organisation, newest first' })
  @ApiErrors({ 400: INVALID, 401: SIGNED_OUT, 403: FORBIDDEN, 404: NOT_FOUND })
  @UuidParams('id')
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
  @ApiOperation({
    summary: 'Accept an invitation to an organisation',
    description:
      'A signed-in user whose e-mail address is the one invited (INVITATION_EMAIL_MISMATCH otherwise); each token works once, before it expires.',
  })
  @ApiOkResponse({
    type: AcceptedInvitationResponseDto,
    description: 'You are now a member; answers the organisation id and your role',
  })
  @ApiErrors({
    400: MALFORMED,
    401: SIGNED_OUT,
    403: [ErrorCode.InvitationEmailMismatch],
    404: [ErrorCode.InvitationInvalid],
    409: [ErrorCode.AlreadyMember],
  })
  async accept(
    @CurrentPrincipal() p: Principal,
    @Body() dto: AcceptInvitationDto,
  ): Promise<AcceptedInvitationResponseDto> {
    const me = await this.auth.getMe(p);
    const joined = await this.organisations.acceptInvitation({ ...p, email: me.email }, dto.token);
    return { organisationId: joined.organisationId, role: joined.role };
  }
}
