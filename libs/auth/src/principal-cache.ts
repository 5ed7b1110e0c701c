import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { APP_CONFIG, type AppConfig } from '@syndesmos/config';
import { APP_LOGGER, type AppLogger } from '@syndesmos/logger';

// Who a session belongs to, remembered between requests so that most requests need no
// database round trip (it was a fifth of the API's CPU per search).
//
// Staleness is ruled out by invalidation, not by a short lifetime: triggers on auth_session and
// app_user NOTIFY `principal_changed` after every update or delete (migration
// 1765000000000), whichever process or statement made it, and every API process LISTENs. Until
// its LISTEN connection is up, and whenever it drops, the cache is emptied and bypassed.

export const PRINCIPAL_CHANNEL = 'principal_changed';

export interface SessionUser {
  id: string;
  role: string;
  naCountries: string[];
  preferredLanguage: string;
  emailVerifiedAt: Date | null;
  /** When the session ends unless refreshed; an entry never outlives it. */
  sessionExpiresAt: Date;
}

interface Entry<U extends SessionUser> {
  user: U;
  /** Wall-clock ms after which the entry is read again anyway (a safety net). */
  freshUntil: number;
}

const FRESH_MS = 60_000;
const MAX_ENTRIES = 20_000;
const RECONNECT_MS = 1_000;

@Injectable()
export class PrincipalCache implements OnApplicationShutdown {
  private readonly entries = new Map<string, Entry<SessionUser>>();
  /** Bumped by every invalidation: a read that overlapped one is not stored. */
  private generation = 0;
  private state: 'idle' | 'connecting' | 'listening' | 'closed' = 'idle';
  private listener: Client | null = null;
  private retryAt = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: AppLogger,
  ) {}

  /** The live session's user from the cache, or from `load` (which reads PostgreSQL). */
  async get<U extends SessionUser>(sessionId: string, now: Date, load: () => Promise<U | null>): Promise<U | null> {
    if (this.state === 'listening') {
      const hit = this.entries.get(sessionId);
      if (hit && hit.freshUntil > now.getTime() && hit.user.sessionExpiresAt > now) return hit.user as U;
    } else {
      this.start();
    }
    const generation = this.generation;
    const user = await load();
    if (user && this.state === 'listening' && generation === this.generation) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(sessionId, { user, freshUntil: now.getTime() + FRESH_MS });
    }
    return user;
  }

  /** Drops what this process knows of a user at once (the NOTIFY follows for the others). */
  forgetUser(userId: string): void {
    this.generation++;
    for (const [sessionId, entry] of this.entries) if (entry.user.id === userId) this.entries.delete(sessionId);
  }

  get size(): number {
    return this.entries.size;
  }

  get listening(): boolean {
    return this.state === 'listening';
  }

  private invalidate(payload: string | undefined): void {
    this.generation++;
    if (payload?.startsWith('s:')) this.entries.delete(payload.slice(2));
    else if (payload?.startsWith('u:')) this.forgetUser(payload.slice(2));
    else this.entries.clear();
  }

  private start(): void {
    if (this.state !== 'idle' || Date.now() < this.retryAt) return;
    this.state = 'connecting';
    const client = new Client({
      connectionString: this.config.databaseUrl,
      application_name: 'syndesmos-principal-cache',
    });
    this.listener = client;
    const lost = (reason: string): void => {
      if (this.listener !== client || this.state === 'closed') return;
      this.logger.warn({ reason }, 'principal cache: LISTEN lost; reading every session from PostgreSQL');
      this.listener = null;
      this.state = 'idle';
      this.retryAt = Date.now() + RECONNECT_MS;
      this.invalidate(undefined);
      client.end().catch(() => undefined);
    };
    client.on('error', (err) => lost(err.message));
    client.on('end', () => lost('connection ended'));
    client.on('notification', (msg) => {
      if (msg.channel === PRINCIPAL_CHANNEL) this.invalidate(msg.payload);
    });
    client
      .connect()
      .then(() => client.query(`LISTEN ${PRINCIPAL_CHANNEL}`))
      .then(() => {
        if (this.listener !== client || this.state !== 'connecting') return;
        // Anything read before now may have missed a notification.
        this.invalidate(undefined);
        this.state = 'listening';
      })
      .catch((err: Error) => lost(err.message));
  }

  async onApplicationShutdown(): Promise<void> {
    this.state = 'closed';
    const client = this.listener;
    this.listener = null;
    this.entries.clear();
    await client?.end().catch(() => undefined);
  }
}
