import { Module } from '@nestjs/common';
import { AuthService } from './auth.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordHasher } from './password-hasher';
import { SessionRepository } from './session.repository';
import { TokenService } from './token.service';
import { UserRepository } from './user.repository';

@Module({
  providers: [AuthService, LoginRateLimiter, PasswordHasher, SessionRepository, TokenService, UserRepository],
  exports: [AuthService, TokenService, SessionRepository],
})
export class AuthModule {}
