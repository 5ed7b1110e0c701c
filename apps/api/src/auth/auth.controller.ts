import { Body, Controller, Get, HttpCode, Patch, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { AuthService, type Principal } from '@syndesmos/auth';
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
  toTokenResponse,
  toUserResponse,
} from './auth.dto';

function meta(req: AppRequest) {
  const ua = nodeRequest(req).headers['user-agent'];
  return { ip: clientIp(req), userAgent: typeof ua === 'string' ? ua : null };
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('register')
  @ApiCreatedResponse({ type: SessionResponseDto, description: 'Account created and signed in' })
  @ApiErrors(400, 409, 413, 429)
  async register(@Body() dto: RegisterDto, @Req() req: AppRequest): Promise<SessionResponseDto> {
    const { user, tokens } = await this.auth.register(dto, meta(req));
    return { user: toUserResponse(user), ...toTokenResponse(tokens) };
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionResponseDto })
  @ApiErrors(400, 401, 429)
  async login(@Body() dto: LoginDto, @Req() req: AppRequest): Promise<SessionResponseDto> {
    const { user, tokens } = await this.auth.login(dto.email, dto.password, meta(req));
    return { user: toUserResponse(user), ...toTokenResponse(tokens) };
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenResponseDto, description: 'A new access token and a new refresh token' })
  @ApiErrors(400, 401)
  async refresh(@Body() dto: RefreshDto): Promise<TokenResponseDto> {
    return toTokenResponse(await this.auth.refresh(dto.refreshToken));
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiNoContentResponse({ description: 'The session and its refresh tokens are revoked' })
  @ApiErrors(401)
  async logout(@CurrentPrincipal() principal: Principal): Promise<void> {
    await this.auth.logout(principal);
  }
}

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly auth: AuthService) {}

  @Get()
  @ApiOkResponse({ type: UserResponseDto })
  @ApiErrors(401)
  async get(@CurrentPrincipal() principal: Principal): Promise<UserResponseDto> {
    return toUserResponse(await this.auth.getMe(principal));
  }

  @Patch()
  @ApiOkResponse({ type: UserResponseDto })
  @ApiErrors(400, 401)
  async update(@CurrentPrincipal() principal: Principal, @Body() dto: UpdateMeDto): Promise<UserResponseDto> {
    return toUserResponse(await this.auth.updateMe(principal, dto));
  }

  @Post('password')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Password changed; every other session is signed out' })
  @ApiErrors(400, 401, 403)
  async changePassword(@CurrentPrincipal() principal: Principal, @Body() dto: ChangePasswordDto): Promise<void> {
    await this.auth.changePassword(principal, dto.currentPassword, dto.newPassword);
  }
}
