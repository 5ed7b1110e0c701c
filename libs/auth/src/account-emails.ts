import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainException, ErrorCode } from '@syndesmos/common';
import { Notifier } from '@syndesmos/notifications';
import { EmailTokenRepository } from './email-token.repository';
import { PasswordHasher } from './password-hasher';
import { assertPassword } from './password.policy';
import { addressKey, assertAllowed, RateLimiter, type RateCounter } from './rate-limiter';
import type { UserEntity } from './user.entity';
import type { Principal } from './roles';
import { UserRepository } from './user.repository';

const hash = (t: string) => createHash('sha256').update(t).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');
const invalid = () => new DomainException(ErrorCode.LinkInvalid);

export const VERIFY_TTL_MINUTES = 48 * 60;
export const RESET_TTL_MINUTES = 60;
export const CHANGE_TTL_MINUTES = 24 * 60;

// Anyone can make us mail an address they type, so each request counts against the address
// (or the user) and the requester's IP (ACCOUNT_MAIL_RATE_LIMIT_*).
const mailCounters = (address: string, ip: string): RateCounter[] => [
  { limit: 'account_mail_address', key: addressKey(address) },
  { limit: 'account_mail_ip', key: ip },
];

/** E-mails about the account itself: address verification, password reset, address change. */
@Injectable()
export class AccountEmails {
  constructor(
    private readonly tokens: EmailTokenRepository,
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly notifier: Notifier,
    private readonly limiter: RateLimiter,
  ) {}

  /** The first verification mail, sent on registration (limited per IP there). */
  async sendVerification(userId: string): Promise<void> {
    await this.mailVerification(await this.unverified(userId));
  }

  /**
   * Another verification link, on request. Past the limit the answer stays the same and
   * nothing is mailed: the caller learns nothing it could use to flood an inbox.
   */
  async resendVerification(userId: string, ip: string): Promise<void> {
    const user = await this.unverified(userId);
    if (!(await this.limiter.hit(...mailCounters(user.email, ip))).allowed) return;
    await this.mailVerification(user);
  }

  private async unverified(userId: string): Promise<UserEntity> {
    const user = await this.users.findById(userId);
    if (!user) throw new DomainException(ErrorCode.TokenRevoked);
    if (user.emailVerifiedAt) throw new DomainException(ErrorCode.InvalidState, 'this address is already confirmed');
    return user;
  }

  private async mailVerification(user: UserEntity): Promise<void> {
    const userId = user.id;
    const token = newToken();
    await this.tokens.transaction(async (em) => {
      await this.tokens.create(em, {
        userId,
        purpose: 'verify',
        tokenHash: hash(token),
        ttlMinutes: VERIFY_TTL_MINUTES,
      });
      await this.notifier.mail(em, { address: user.email, userId, locale: user.preferredLanguage }, 'verify_email', {
        name: user.displayName,
        link: this.notifier.webLink(`/verify-email?token=${token}`),
      });
    });
  }

  async verify(token: string): Promise<void> {
    await this.tokens.transaction(async (em) => {
      const used = await this.tokens.consume(em, hash(token), 'verify');
      if (!used) throw invalid();
      await this.tokens.markVerified(em, used.userId);
    });
  }

  /** Always answers the same; mails a link only when the address has an account and is within its limits. */
  async requestReset(email: string, ip: string): Promise<void> {
    if (!(await this.limiter.hit(...mailCounters(email, ip))).allowed) return;
    const user = await this.users.findByEmail(email.trim());
    if (!user) return;
    const token = newToken();
    await this.tokens.transaction(async (em) => {
      await this.tokens.create(em, {
        userId: user.id,
        purpose: 'reset',
        tokenHash: hash(token),
        ttlMinutes: RESET_TTL_MINUTES,
      });
      await this.notifier.mail(
        em,
        { address: user.email, userId: user.id, locale: user.preferredLanguage },
        'password_reset',
        {
          name: user.displayName,
          link: this.notifier.webLink(`/reset-password?token=${token}`),
          minutes: RESET_TTL_MINUTES,
        },
      );
    });
  }

  /** Sets a new password with a reset link; every session ends; the address is proven too. */
  async resetPassword(token: string, newPassword: string): Promise<void> {
    assertPassword(newPassword, 'newPassword');
    const passwordHash = await this.hasher.hash(newPassword);
    await this.tokens.transaction(async (em) => {
      const used = await this.tokens.consume(em, hash(token), 'reset');
      if (!used) throw invalid();
      await this.tokens.setPassword(em, used.userId, passwordHash);
      await this.tokens.endSessions(em, used.userId);
      await this.tokens.markVerified(em, used.userId);
    });
  }

  /** Sends a confirmation link to the new address; the address changes when it is followed. */
  async requestEmailChange(principal: Principal, password: string, newEmail: string, ip: string): Promise<void> {
    const user = await this.users.findById(principal.userId);
    if (!user) throw new DomainException(ErrorCode.TokenRevoked);
    if (!(await this.hasher.verify(user.passwordHash, password))) throw new DomainException(ErrorCode.WrongPassword);
    const email = newEmail.trim();
    if (await this.tokens.emailTaken(email, user.id)) throw new DomainException(ErrorCode.EmailTaken);
    // Signed in, so a refusal tells nothing new: 429 with Retry-After, per user as well.
    await this.limiter
      .hit({ limit: 'account_mail_address', key: `user:${user.id}` }, ...mailCounters(email, ip))
      .then(assertAllowed);
    const token = newToken();
    await this.tokens.transaction(async (em) => {
      await this.tokens.create(em, {
        userId: user.id,
        purpose: 'change',
        tokenHash: hash(token),
        newEmail: email,
        ttlMinutes: CHANGE_TTL_MINUTES,
      });
      await this.notifier.mail(
        em,
        { address: email, userId: user.id, locale: user.preferredLanguage },
        'email_change',
        {
          name: user.displayName,
          newEmail: email,
          link: this.notifier.webLink(`/confirm-email?token=${token}`),
        },
      );
    });
  }

  async confirmEmailChange(token: string): Promise<void> {
    await this.tokens.transaction(async (em) => {
      const used = await this.tokens.consume(em, hash(token), 'change');
      if (!used?.newEmail) throw invalid();
      if (!(await this.tokens.setEmail(em, used.userId, used.newEmail)))
        throw new DomainException(ErrorCode.EmailTaken);
    });
  }
}
