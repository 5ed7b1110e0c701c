// Accounts and sign-in: users, sessions (refresh-token families), tokens, password policy.
import { AuthSessionEntity } from './auth-session.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { UserEntity } from './user.entity';

export const AUTH_ENTITIES = [UserEntity, AuthSessionEntity, RefreshTokenEntity];
export * from './auth.module';
export * from './auth.service';
export * from './account-emails';
export * from './password.policy';
export * from './roles';
export * from './session.repository';
export * from './token.service';
export * from './principal-cache';
