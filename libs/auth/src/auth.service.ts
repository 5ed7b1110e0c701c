import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@syndesmos/config';
import { ACCEPTED_COUNTRY_CODES, DomainException, ErrorCode, type Locale } from '@syndesmos/common';
import type { Tx } from '@syndesmos/database';
import { isCountryCode, normaliseCountryCode } from '@syndesmos/taxonomies';
import { AccountEmails } from './account-emails';
import { PasswordHasher } from './password-hasher';
import { PrincipalCache } from './principal-cache';
import { addressKey, assertAllowed, RateLimiter } from './rate-limiter';
import { assertPassword } from './password.policy';
import type { Principal, Role } from './roles';
import { SessionRepository } from './session.repository';
import { TokenService } from './token.service';
import { DuplicateEmailError, UserRepository } from './user.repository';
import type { UserEntity } from './user.entity';

export interface ClientMeta {
  ip: string;
  userAgent: string | null;
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

export interface UserView {
  id: string;
  email: string;
  displayName: string;
  preferredLanguage: Locale;
  role: Role;
  naCountries: string[];
  emailVerified: boolean;
  createdAt: Date;
}

export interface RegisterInput {
  email: string;
  password: string;
  displayName: string;
  preferredLanguage: Locale;
}

export interface AccountInput {
  email: string;
  password: string;
  displayName: string;
  preferredLanguage: Locale;
  role: Role;
  naCountries: string[];
}

const toView = (u: UserEntity): UserView => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  preferredLanguage: u.preferredLanguage,
  role: u.role,
  naCountries: [...u.naCountries].sort(),
  emailVerified: u.emailVerifiedAt !== null,
  createdAt: u.createdAt,
});

@Injectable()
export class AuthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly tokens: TokenService,
    private readonly hasher: PasswordHasher,
    private readonly limiter: RateLimiter,
    private readonly accountEmails: AccountEmails,
    private readonly principals: PrincipalCache,
  ) {}

  /** Each registration mails the address typed, so one IP registers only so many per window (429). */
  async register(input: RegisterInput, meta: ClientMeta): Promise<{ user: UserView; tokens: TokenPair }> {
    await this.limiter.consume({ limit: 'register_ip', key: meta.ip });
    const user = await this.createAccount({ ...input, role: 'user', naCountries: [] }, { verified: false });
    await this.accountEmails.sendVerification(user.id);
    return { user, tokens: await this.startSession(user.id, meta) };
  }

  async login(email: string, password: string, meta: ClientMeta): Promise<{ user: UserView; tokens: TokenPair }> {
    // Every attempt counts against the IP; only failures against the account, and a success clears them.
    const account = { limit: 'login_account', key: addressKey(email) } as const;
    const byIp = await this.limiter.hit({ limit: 'login_ip', key: meta.ip });
    assertAllowed(await this.limiter.peek(account));
    assertAllowed(byIp);
    const user = await this.users.findByEmail(email.trim());
    const ok = user
      ? await this.hasher.verify(user.passwordHash, password)
      : (await this.hasher.burnDecoy(password), false);
    if (!user || !ok) {
      await this.limiter.hit(account);
      throw new DomainException(ErrorCode.InvalidCredentials);
    }
    await this.limiter.clear(account);
    return { user: toView(user), tokens: await this.startSession(user.id, meta) };
  }

  async refresh(refreshToken: string): Promise<TokenPair> {
    const next = this.tokens.newRefreshToken();
    const now = new Date();
    const result = await this.sessions.rotate(
      this.tokens.hashRefreshToken(refreshToken),
      next.hash,
      now,
      this.sessionExpiry(now),
    );
    switch (result.outcome) {
      case 'rotated':
        return {
          accessToken: this.tokens.signAccess({ sub: result.userId, sid: result.sessionId }),
          refreshToken: next.token,
          expiresIn: this.tokens.accessTtlSeconds,
        };
      case 'reused':
        throw new DomainException(ErrorCode.RefreshTokenReused);
      case 'ended':
        throw new DomainException(ErrorCode.TokenRevoked);
      case 'unknown':
        throw new DomainException(ErrorCode.TokenInvalid);
    }
  }

  async logout(principal: Principal): Promise<void> {
    await this.sessions.revoke(principal.userId, principal.sessionId, 'logout', new Date());
    this.principals.forgetUser(principal.userId);
  }

  /** Resolves an access token to a live principal: signature, expiry, session and user. */
  async authenticate(accessToken: string): Promise<Principal> {
    const claims = this.tokens.verifyAccess(accessToken);
    const now = new Date();
    const user = await this.principals.get(claims.sid, now, () => this.sessions.findLiveSessionUser(claims.sid, now));
    if (!user || user.id !== claims.sub) throw new DomainException(ErrorCode.TokenRevoked);
    return {
      userId: user.id,
      sessionId: claims.sid,
      role: user.role,
      naCountries: user.naCountries,
      preferredLanguage: user.preferredLanguage,
      locale: user.preferredLanguage,
      emailVerified: user.emailVerifiedAt !== null,
    };
  }

  async getMe(principal: Principal): Promise<UserView> {
    const user = await this.users.findById(principal.userId);
    if (!user) throw new DomainException(ErrorCode.TokenRevoked);
    return toView(user);
  }

  async updateMe(principal: Principal, patch: { displayName?: string; preferredLanguage?: Locale }): Promise<UserView> {
    const clean: { displayName?: string; preferredLanguage?: Locale } = {};
    if (patch.displayName !== undefined) clean.displayName = patch.displayName.trim();
    if (patch.preferredLanguage !== undefined) clean.preferredLanguage = patch.preferredLanguage;
    const user = await this.users.updateProfile(principal.userId, clean);
    this.principals.forgetUser(principal.userId);
    if (!user) throw new DomainException(ErrorCode.TokenRevoked);
    return toView(user);
  }

  /** Changes the password and ends every other session of the user. */
  async changePassword(principal: Principal, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.users.findById(principal.userId);
    if (!user) throw new DomainException(ErrorCode.TokenRevoked);
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw new DomainException(ErrorCode.WrongPassword);
    }
    assertPassword(newPassword, 'newPassword');
    await this.users.updatePasswordHash(user.id, await this.hasher.hash(newPassword));
    await this.sessions.revokeAllExcept(user.id, principal.sessionId, 'password_changed', new Date());
    this.principals.forgetUser(user.id);
  }

  /** Creates an account of any role without signing it in (registration, CLI, demo data). */
  async createAccount(input: AccountInput, opts: { verified: boolean } = { verified: true }): Promise<UserView> {
    assertPassword(input.password);
    const countries = normaliseCountries(input.role, input.naCountries);
    try {
      const user = await this.users.insert({
        email: input.email.trim(),
        passwordHash: await this.hasher.hash(input.password),
        displayName: input.displayName.trim(),
        preferredLanguage: input.preferredLanguage,
        role: input.role,
        naCountries: countries,
        // Accounts that operators create (CLI, demo data) need no confirmation mail.
        emailVerifiedAt: opts.verified ? new Date() : null,
      });
      return toView(user);
    } catch (err) {
      if (err instanceof DuplicateEmailError) throw new DomainException(ErrorCode.EmailTaken);
      throw err;
    }
  }

  /** Confirms a sensitive action with the current password (403 WRONG_PASSWORD otherwise). */
  async confirmPassword(principal: Principal, password: string): Promise<void> {
    const user = await this.users.findById(principal.userId);
    if (!user) throw new DomainException(ErrorCode.TokenRevoked);
    if (!(await this.hasher.verify(user.passwordHash, password))) throw new DomainException(ErrorCode.WrongPassword);
  }

  /** Everything the platform holds about the account itself (never the password hash). */
  async exportAccount(principal: Principal) {
    const user = await this.getMe(principal);
    const sessions = (await this.sessions.listForUser(principal.userId)).map((s) => ({
      id: s.id,
      createdAt: s.createdAt,
      lastUsedAt: s.lastUsedAt,
      expiresAt: s.expiresAt,
      revokedAt: s.revokedAt,
      revokedReason: s.revokedReason,
      userAgent: s.userAgent,
      ip: s.ip,
    }));
    return { user, sessions };
  }

  /**
   * Deletes the account; sessions and memberships go with it (database cascades), and its
   * messages lose their author. `before` runs first in the same transaction (what becomes
   * of the organisations it owns), so all of it commits or none.
   */
  async deleteAccount<T>(principal: Principal, before: (tx: Tx) => Promise<T>): Promise<T> {
    const result = await this.users.transaction(async (em) => {
      const done = await before(em);
      await this.users.delete(principal.userId, em);
      return done;
    });
    this.principals.forgetUser(principal.userId);
    return result;
  }

  // Operator action (CLI only: no HTTP endpoint grants roles).
  async setRole(email: string, role: Role, naCountries: string[]): Promise<UserView> {
    const user = await this.users.findByEmail(email);
    if (!user) throw new DomainException(ErrorCode.NotFound, `no account with email ${email}`);
    const updated = await this.users.setRole(user.id, role, normaliseCountries(role, naCountries));
    return toView(updated!);
  }

  /** Housekeeping job: forgets sessions that ended (expired or revoked) long enough ago. */
  async purgeEndedSessions(olderThanDays: number): Promise<number> {
    return this.sessions.purgeEnded(new Date(Date.now() - olderThanDays * 86_400_000));
  }

  async findByEmail(email: string): Promise<UserView | null> {
    const user = await this.users.findByEmail(email);
    return user ? toView(user) : null;
  }

  private sessionExpiry(now: Date): Date {
    return new Date(now.getTime() + this.config.refreshTokenTtlDays * 86_400_000);
  }

  private async startSession(userId: string, meta: ClientMeta): Promise<TokenPair> {
    const refresh = this.tokens.newRefreshToken();
    const session = await this.sessions.create({
      userId,
      tokenHash: refresh.hash,
      expiresAt: this.sessionExpiry(new Date()),
      userAgent: meta.userAgent,
      ip: meta.ip,
    });
    return {
      accessToken: this.tokens.signAccess({ sub: userId, sid: session.id }),
      refreshToken: refresh.token,
      expiresIn: this.tokens.accessTtlSeconds,
    };
  }
}

function normaliseCountries(role: Role, countries: string[]): string[] {
  const upper = [...new Set(countries.map((c) => normaliseCountryCode(c.trim().toUpperCase())).filter(Boolean))].sort();
  if (role !== 'na_staff') {
    if (upper.length > 0) {
      throw new DomainException(ErrorCode.ValidationFailed, 'only NA staff have countries', [
        { field: 'countries', problem: 'not_allowed', message: 'only na_staff accounts moderate countries' },
      ]);
    }
    return [];
  }
  const bad = upper.filter((c) => !isCountryCode(c));
  if (upper.length === 0 || bad.length > 0) {
    throw new DomainException(ErrorCode.ValidationFailed, 'NA staff need valid ISO 3166-1 country codes', [
      {
        field: 'countries',
        problem: upper.length === 0 ? 'required' : 'invalid',
        message:
          upper.length === 0
            ? 'at least one country is required'
            : `unknown country codes: ${bad.join(', ')}; ${ACCEPTED_COUNTRY_CODES.en}`,
      },
    ]);
  }
  return upper;
}
