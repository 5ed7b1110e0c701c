import { Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthService, type Principal, type Role } from '@syndesmos/auth';
import { DomainException, ErrorCode } from '@syndesmos/common';
import { createParamDecorator } from '@nestjs/common';
import { nodeRequest, requestState, type AppRequest } from './http-request';
import { adoptPreferredLocale } from './request-context.middleware';

const PUBLIC = 'syndesmos:public';
const ROLES = 'syndesmos:roles';

/** Marks a route that needs no signed-in user. Everything else does. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC, true);
export const RequireRoles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES, roles);

/** Global guard: every route is authenticated unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly auth: AuthService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, targets)) return true;
    const req = ctx.switchToHttp().getRequest<AppRequest>();
    const header = nodeRequest(req).headers.authorization;
    const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header) : null;
    if (!match) throw new DomainException(ErrorCode.Unauthenticated);
    const state = requestState(req);
    const known = await this.auth.authenticate(match[1]);
    // From here on, errors and texts speak the caller's language unless the request asked for one.
    const principal = { ...known, locale: adoptPreferredLocale(state, known.preferredLanguage) };
    state.principal = principal;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(principal.role)) throw new DomainException(ErrorCode.Forbidden);
    return true;
  }
}

export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const principal = requestState(ctx.switchToHttp().getRequest<AppRequest>()).principal;
  if (!principal) throw new DomainException(ErrorCode.Unauthenticated);
  return principal;
});
