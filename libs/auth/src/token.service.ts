import { createHash, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { APP_CONFIG, type AppConfig } from '@syndesmos/config';
import { DomainException, ErrorCode } from '@syndesmos/common';

export interface AccessClaims {
  sub: string;
  sid: string;
}

const ISSUER = 'syndesmos';
/** Verified access tokens remembered, so a client's repeated requests skip the HMAC. */
const VERIFIED_MAX = 10_000;
const AUDIENCE = 'syndesmos-api';

@Injectable()
export class TokenService {
  // A key object made once: given a string, jsonwebtoken first tries to parse it as a PEM
  // public key on every call, and the exception that fails cost a third of a millisecond.
  private readonly key: KeyObject;
  // A token's signature, algorithm, issuer and audience check out the same way every time for
  // the same string; only its expiry needs checking again, and it is.
  private readonly verified = new Map<string, AccessClaims & { expiresAtMs: number }>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = createSecretKey(Buffer.from(config.jwtAccessSecret, 'utf8'));
  }

  get accessTtlSeconds(): number {
    return this.config.jwtAccessTtlSeconds;
  }

  signAccess(claims: AccessClaims): string {
    return jwt.sign({ sid: claims.sid }, this.key, {
      algorithm: 'HS256',
      subject: claims.sub,
      issuer: ISSUER,
      audience: AUDIENCE,
      expiresIn: this.config.jwtAccessTtlSeconds,
    });
  }

  /** Checks signature, algorithm, issuer, audience and expiry; throws a DomainException. */
  verifyAccess(token: string): AccessClaims {
    const known = this.verified.get(token);
    if (known) {
      if (known.expiresAtMs <= Date.now()) {
        this.verified.delete(token);
        throw new DomainException(ErrorCode.TokenExpired);
      }
      return { sub: known.sub, sid: known.sid };
    }
    try {
      const payload = jwt.verify(token, this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
      });
      if (typeof payload === 'string' || typeof payload.sub !== 'string' || typeof payload.sid !== 'string') {
        throw new DomainException(ErrorCode.TokenInvalid);
      }
      if (typeof payload.exp === 'number') {
        if (this.verified.size >= VERIFIED_MAX) this.verified.delete(this.verified.keys().next().value!);
        this.verified.set(token, { sub: payload.sub, sid: payload.sid, expiresAtMs: payload.exp * 1000 });
      }
      return { sub: payload.sub, sid: payload.sid };
    } catch (err) {
      if (err instanceof DomainException) throw err;
      if (err instanceof jwt.TokenExpiredError) throw new DomainException(ErrorCode.TokenExpired);
      throw new DomainException(ErrorCode.TokenInvalid);
    }
  }

  /** An opaque refresh token (256 random bits) and the hash that is stored instead of it. */
  newRefreshToken(): { token: string; hash: string } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: this.hashRefreshToken(token) };
  }

  hashRefreshToken(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }
}
