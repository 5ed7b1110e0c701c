import jwt from 'jsonwebtoken';
import type { AppConfig } from '@syndesmos/config';
import { TokenService } from './token.service';

const config = { jwtAccessSecret: 'unit-test-secret-of-at-least-32-chars!', jwtAccessTtlSeconds: 60 } as AppConfig;
const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (err) {
    return (err as { code?: string }).code;
  }
  return undefined;
};

describe('access tokens', () => {
  afterEach(() => jest.useRealTimers());

  it('accepts a token again from memory until it expires, and then refuses it', () => {
    jest.useFakeTimers({ now: new Date('2026-11-28T10:00:00Z') });
    const tokens = new TokenService(config);
    const token = tokens.signAccess({ sub: 'user-1', sid: 'session-1' });
    expect(tokens.verifyAccess(token)).toEqual({ sub: 'user-1', sid: 'session-1' });
    jest.setSystemTime(new Date('2026-11-28T10:00:59Z'));
    expect(tokens.verifyAccess(token)).toEqual({ sub: 'user-1', sid: 'session-1' });
    jest.setSystemTime(new Date('2026-11-28T10:01:00Z'));
    expect(codeOf(() => tokens.verifyAccess(token))).toBe('TOKEN_EXPIRED');
  });

  it('never remembers a token that failed, nor lets a look-alike through', () => {
    const tokens = new TokenService(config);
    const token = tokens.signAccess({ sub: 'user-1', sid: 'session-1' });
    tokens.verifyAccess(token);
    const [header, , signature] = token.split('.');
    const forged = `${header}.${Buffer.from(JSON.stringify({ sid: 'session-2', sub: 'user-2' })).toString('base64url')}.${signature}`;
    expect(codeOf(() => tokens.verifyAccess(forged))).toBe('TOKEN_INVALID');
    expect(codeOf(() => tokens.verifyAccess(forged))).toBe('TOKEN_INVALID');
    const otherKey = jwt.sign({ sid: 'session-1' }, 'another-secret-of-at-least-32-characters', {
      subject: 'user-1',
      issuer: 'syndesmos',
      audience: 'syndesmos-api',
      expiresIn: 60,
    });
    expect(codeOf(() => tokens.verifyAccess(otherKey))).toBe('TOKEN_INVALID');
  });
});
