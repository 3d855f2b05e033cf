import { Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Redis } from 'ioredis';
import type { AppConfig } from '@landsea/config';
import { InjectRedis, redisOptions } from '@landsea/queue';
import { IdentityErrors } from '../identity.errors.js';

// How long a process trusts what it read of a token's revocation without asking Redis again,
// should a change message be lost: the bound on how late a revocation takes effect.
const CHECK_CACHE_MS = 1000;
const CHECK_CACHE_SIZE = 10_000;

export class RevocationUnavailableError extends Error {}

/**
 * Makes disabling a person, ending a sign-in or changing an organisation's standing take effect
 * on the next request in every process of the node, not when access tokens expire. Revocations
 * live in Redis for as long as a token they revoke could live (a subject's revocation time, a
 * sign-in's id). Each process keeps what it read for up to a second, and forgets it all when any
 * process announces a change on the node's channel, so the hot path rarely asks Redis at all.
 */
@Injectable()
export class RevocationService implements OnModuleInit, OnApplicationShutdown {
  /** Counts the changes announced: anything cached under an older generation is stale. */
  private generationCount = 0;
  private readonly checks = new Map<string, { subjectRevokedAt: number; sessionRevoked: boolean; generation: number; until: number }>();
  private readonly channel: string;
  private subscriber?: Redis;

  constructor(
    @InjectRedis() private readonly redis: Redis,
    private readonly config: ConfigService<AppConfig, true>,
  ) {
    this.channel = `${config.get('REDIS_PREFIX', { infer: true })}:revocations`;
  }

  get generation(): number {
    return this.generationCount;
  }

  onModuleInit(): void {
    // A connection of its own, which reconnects and resubscribes; whatever was announced while it
    // was away is caught by treating every (re)connection as a change.
    this.subscriber = new Redis({ ...redisOptions(this.config.get('REDIS_URL', { infer: true })), lazyConnect: true });
    this.subscriber.on('error', () => undefined);
    this.subscriber.on('ready', () => this.changed());
    this.subscriber.on('message', () => this.changed());
    // Not awaited: a node whose Redis is away starts all the same, and reports it not ready.
    void this.subscriber.subscribe(this.channel).catch(() => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
  }

  /** Every access token issued to this person or client until now stops working. */
  async revokeSubject(subject: string): Promise<void> {
    await this.announce(`revoked:subject:${subject}`, String(Math.floor(Date.now() / 1000)));
  }

  /** Every access token of this sign-in (refresh token family) stops working. */
  async revokeSession(sessionId: string): Promise<void> {
    await this.announce(`revoked:session:${sessionId}`, '1');
  }

  /** An organisation's standing changed: every process re-reads it on its next request. */
  async organisationChanged(): Promise<void> {
    this.changed();
    // Other processes re-read it within CHECK_CACHE_MS anyway, should this not reach them.
    await this.redis.publish(this.channel, 'organisation').catch(() => undefined);
  }

  /**
   * Whether a token of this subject and sign-in, issued at `issuedAt` (seconds), was revoked.
   * Throws RevocationUnavailableError when Redis cannot say.
   */
  async isRevoked(subject: string, sessionId: string | undefined, issuedAt: number): Promise<boolean> {
    const key = `${subject}:${sessionId ?? ''}`;
    let check = this.checks.get(key);
    if (!check || check.until <= Date.now() || check.generation !== this.generationCount) {
      const generation = this.generationCount;
      const [subjectRevokedAt, sessionRevoked] = await this.redis
        .mget(`revoked:subject:${subject}`, sessionId ? `revoked:session:${sessionId}` : `revoked:session:-`)
        .catch((error: unknown) => {
          throw new RevocationUnavailableError(String(error));
        });
      check = { subjectRevokedAt: Number(subjectRevokedAt ?? 0), sessionRevoked: sessionRevoked !== null, generation, until: Date.now() + CHECK_CACHE_MS };
      if (this.checks.size >= CHECK_CACHE_SIZE) this.checks.clear();
      this.checks.set(key, check);
    }
    // Seconds are all a token's iat says: a token of the same second as the revocation is revoked too.
    return check.sessionRevoked || issuedAt <= check.subjectRevokedAt;
  }

  /** Throws 503 when Redis cannot take it: the caller is told, and may try again. */
  private async announce(key: string, value: string): Promise<void> {
    try {
      // Kept as long as any access token it revokes could still be presented.
      await this.redis.set(key, value, 'EX', this.config.get('ACCESS_TOKEN_TTL_SECONDS', { infer: true }) + 60);
      this.changed();
      await this.redis.publish(this.channel, key);
    } catch {
      throw IdentityErrors.revocationUnavailable();
    }
  }

  private changed(): void {
    this.generationCount += 1;
  }
}
