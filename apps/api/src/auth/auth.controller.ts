import { Body, Controller, Get, HttpCode, Inject, Patch, Post, Req, Res } from '@nestjs/common';
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
import { DomainException, ErrorCode } from '@syndesmos/common';
import { APP_CONFIG, type AppConfig } from '@syndesmos/config';
import { MALFORMED, RATE_LIMITED, SIGNED_OUT, TOO_LARGE } from '../common/api-error-codes';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentPrincipal, Public } from '../common/auth.guard';
import { clientIp, nodeRequest, type AppRequest } from '../common/http-request';
import {
  ChangePasswordDto,
  LoginDto,
  RefreshDto,
  RegisterDto,
  SessionResponseDto,
  TokenResponseDto,
  UpdateMeDto,
  UserResponseDto,
  toSessionResponse,
  toTokenResponse,
  toUserResponse,
} from './auth.dto';
import {
  assertSameOrigin,
  clearRefreshCookie,
  REFRESH_COOKIE,
  REFRESH_COOKIE_PATH,
  refreshTokenFromCookie,
  setRefreshCookie,
} from './refresh-cookie';

const SESSION_EXAMPLE = {
  user: {
    id: '6f1c2a4e-2b1d-4c3e-9a7b-1d2e3f4a5b6c',
    email: 'maria@vet-school.gr',
    displayName: 'Maria Papadopoulou',
    preferredLanguage: 'el',
    role: 'user',
    naCountries: [],
    emailVerified: false,
    createdAt: '2026-01-15T09:30:00.000Z',
  },
  accessToken: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.…',
  refreshToken: 'Zm9vYmFyYmF6cXV4…',
  expiresIn: 900,
  tokenType: 'Bearer',
};

const SETS_COOKIE = {
  'Set-Cookie': {
    description: `With refreshTokenIn cookie: \`${REFRESH_COOKIE}=<refresh token>; HttpOnly; SameSite=Strict; Path=${REFRESH_COOKIE_PATH}; Max-Age=<session lifetime>\` (and Secure over https)`,
    required: false,
    schema: { type: 'string' },
  },
};

const REFRESH_SETS_COOKIE = {
  'Set-Cookie': {
    description: `When the cookie was used: the next refresh token in \`${REFRESH_COOKIE}\`; on a refused cookie, \`${REFRESH_COOKIE}=; Max-Age=0\` drops it`,
    required: false,
    schema: { type: 'string' },
  },
};

function meta(req: AppRequest) {
  const ua = nodeRequest(req).headers['user-agent'];
  return { ip: clientIp(req), userAgent: typeof ua === 'string' ? ua : null };
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('register')
  @ApiOperation({
    summary: 'Create an account',
    description:
      'Anyone, without signing in; registrations per IP address are rate limited (429 with Retry-After). The account is signed in at once, and a link to confirm the address is mailed. Browsers send `refreshTokenIn: "cookie"` to get the refresh token as an HttpOnly cookie instead of in the answer.',
  })
  @ApiBody({
    type: RegisterDto,
    examples: {
      register: {
        value: {
          email: 'maria@vet-school.gr',
          password: 'Olive-harbour-1987',
          displayName: 'Maria Papadopoulou',
          preferredLanguage: 'el',
        },
      },
    },
  })
  @ApiCreatedResponse({
    type: SessionResponseDto,
    description: 'Account created and signed in',
    example: SESSION_EXAMPLE,
    headers: SETS_COOKIE,
  })
  @ApiErrors({ 400: MALFORMED, 409: [ErrorCode.EmailTaken], 413: TOO_LARGE, 429: RATE_LIMITED })
  async register(
    @Body() dto: RegisterDto,
    @Req() req: AppRequest,
    @Res({ passthrough: true }) res: unknown,
  ): Promise<SessionResponseDto> {
    const { refreshTokenIn = 'body', ...input } = dto;
    const { user, tokens } = await this.auth.register(input, meta(req));
    if (refreshTokenIn === 'cookie') setRefreshCookie(req, res, this.config, tokens.refreshToken);
    return toSessionResponse(user, tokens, refreshTokenIn);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in',
    description:
      'Anyone, without signing in. Failed attempts are rate limited per account and per IP address (429 with Retry-After). Browsers send `refreshTokenIn: "cookie"` to get the refresh token as an HttpOnly cookie instead of in the answer.',
  })
  @ApiBody({
    type: LoginDto,
    examples: { login: { value: { email: 'maria@vet-school.gr', password: 'Olive-harbour-1987' } } },
  })
  @ApiOkResponse({ type: SessionResponseDto, example: SESSION_EXAMPLE, headers: SETS_COOKIE })
  @ApiErrors({ 400: MALFORMED, 401: [ErrorCode.InvalidCredentials], 429: RATE_LIMITED })
  async login(
    @Body() dto: LoginDto,
    @Req() req: AppRequest,
    @Res({ passthrough: true }) res: unknown,
  ): Promise<SessionResponseDto> {
    const { user, tokens } = await this.auth.login(dto.email, dto.password, meta(req));
    const place = dto.refreshTokenIn ?? 'body';
    if (place === 'cookie') setRefreshCookie(req, res, this.config, tokens.refreshToken);
    return toSessionResponse(user, tokens, place);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Renew the access token',
    description:
      'Anyone holding a refresh token. Each refresh token works once; presenting a used one again ends the whole session (REFRESH_TOKEN_REUSED). ' +
      `API clients send it as \`refreshToken\`. Browsers leave the body empty and the \`${REFRESH_COOKIE}\` cookie is used: ` +
      'the request must then carry an Origin header naming the web app (PUBLIC_WEB_URL) or the address it was sent to, else 403 CROSS_SITE_REQUEST; ' +
      'the answer rotates the cookie and has no refreshToken, and a refused cookie is dropped. Neither token nor cookie: 401 UNAUTHENTICATED.',
  })
  @ApiOkResponse({
    type: TokenResponseDto,
    description: 'A new access token and a new refresh token (in the cookie when the cookie was used)',
    headers: REFRESH_SETS_COOKIE,
  })
  @ApiErrors({
    400: MALFORMED,
    401: [ErrorCode.Unauthenticated, ErrorCode.TokenInvalid, ErrorCode.TokenRevoked, ErrorCode.RefreshTokenReused],
    403: [ErrorCode.CrossSiteRequest],
  })
  async refresh(
    @Body() dto: RefreshDto,
    @Req() req: AppRequest,
    @Res({ passthrough: true }) res: unknown,
  ): Promise<TokenResponseDto> {
    if (dto.refreshToken !== undefined) return toTokenResponse(await this.auth.refresh(dto.refreshToken));
    const fromCookie = refreshTokenFromCookie(req);
    if (fromCookie === undefined) throw new DomainException(ErrorCode.Unauthenticated);
    assertSameOrigin(req, this.config);
    try {
      const tokens = await this.auth.refresh(fromCookie);
      setRefreshCookie(req, res, this.config, tokens.refreshToken);
      return toTokenResponse(tokens, 'cookie');
    } catch (err) {
      // A cookie that no longer works would be sent on every refresh: the browser drops it.
      if (err instanceof DomainException) clearRefreshCookie(req, res, this.config);
      throw err;
    }
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Sign out',
    description: `A signed-in user: ends the current session, and drops the \`${REFRESH_COOKIE}\` cookie if the browser holds one.`,
  })
  @ApiNoContentResponse({
    description: 'The session and its refresh tokens are revoked',
    headers: {
      'Set-Cookie': {
        description: `\`${REFRESH_COOKIE}=; HttpOnly; SameSite=Strict; Path=${REFRESH_COOKIE_PATH}; Max-Age=0\`: the browser drops the cookie`,
        required: true,
        schema: { type: 'string' },
      },
    },
  })
  @ApiErrors({ 401: SIGNED_OUT })
  async logout(
    @CurrentPrincipal() principal: Principal,
    @Req() req: AppRequest,
    @Res({ passthrough: true }) res: unknown,
  ): Promise<void> {
    await this.auth.logout(principal);
    clearRefreshCookie(req, res, this.config);
  }
}

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly auth: AuthService) {}

  @Get()
  @ApiOperation({ summary: 'Read your account', description: 'A signed-in user: their own account.' })
  @ApiOkResponse({ type: UserResponseDto, example: SESSION_EXAMPLE.user })
  @ApiErrors({ 401: SIGNED_OUT })
  async get(@CurrentPrincipal() principal: Principal): Promise<UserResponseDto> {
    return toUserResponse(await this.auth.getMe(principal));
  }

  @Patch()
  @ApiOperation({
    summary: 'Change your name or language',
    description: 'A signed-in user, for their own account. Send only the fields to change.',
  })
  @ApiBody({ type: UpdateMeDto, examples: { language: { value: { preferredLanguage: 'en' } } } })
  @ApiOkResponse({ type: UserResponseDto })
  @ApiErrors({ 400: MALFORMED, 401: SIGNED_OUT })
  async update(@CurrentPrincipal() principal: Principal, @Body() dto: UpdateMeDto): Promise<UserResponseDto> {
    return toUserResponse(await this.auth.updateMe(principal, dto));
  }

  @Post('password')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Change your password',
    description: 'A signed-in user, with their current password (WRONG_PASSWORD otherwise).',
  })
  @ApiNoContentResponse({ description: 'Password changed; every other session is signed out' })
  @ApiErrors({ 400: MALFORMED, 401: SIGNED_OUT, 403: [ErrorCode.WrongPassword] })
  async changePassword(@CurrentPrincipal() principal: Principal, @Body() dto: ChangePasswordDto): Promise<void> {
    await this.auth.changePassword(principal, dto.currentPassword, dto.newPassword);
  }
}
