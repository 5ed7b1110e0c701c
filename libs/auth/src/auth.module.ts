import { Module } from '@nestjs/common';
import { NotificationsModule } from '@syndesmos/notifications';
import { AccountEmails } from './account-emails';
import { EmailTokenRepository } from './email-token.repository';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { PrincipalCache } from './principal-cache';
import { RateLimiter } from './rate-limiter';
import { SessionRepository } from './session.repository';
import { TokenService } from './token.service';
import { UserRepository } from './user.repository';

@Module({
  imports: [NotificationsModule],
  providers: [
    AuthService,
    AccountEmails,
    EmailTokenRepository,
    PasswordHasher,
    PrincipalCache,
    RateLimiter,
    SessionRepository,
    TokenService,
    UserRepository,
  ],
  exports: [AuthService, AccountEmails, TokenService, SessionRepository],
})
export class AuthModule {}
