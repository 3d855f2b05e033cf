import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { calculateJwkThumbprint, CompactSign, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import type { Principal, RecordSigner } from '@landsea/auth';
import type { AppConfig } from '@landsea/config';
import { AuditService } from '@landsea/audit';
import { AuditAction } from '../identity.audit.js';
import { SigningKeyRepository } from './signing-key.repository.js';

export const TOKEN_ALGORITHM = 'ES256';
const CACHE_MS = 30_000;
// A retired key stays published this long past the last token it can have signed.
const CLOCK_SKEW_MS = 60_000;

/** A key as jose imports it, for signing or verifying. */
export type JoseKey = Awaited<ReturnType<typeof importJWK>>;

type SigningKey = { kid: string; key: JoseKey };

/**
 * The node's ES256 signing keys: one active key signs, retired keys stay published in the JWKS
 * until every token they signed has expired, and all are found by kid.
 */
@Injectable()
export class SigningKeysService implements OnApplicationBootstrap, RecordSigner {
  private readonly logger = new Logger(SigningKeysService.name);
  private active?: { value: SigningKey; until: number };
  private refreshing?: Promise<SigningKey>;
  private published?: { value: Map<string, { jwk: JWK; key: JoseKey }>; until: number };

  constructor(
    private readonly keys: SigningKeyRepository,
    private readonly audit: AuditService,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureKey();
    await this.loadActive();
  }

  private async ensureKey(): Promise<void> {
    if (await this.keys.findActiveWithPrivateKey()) return;
    const created = await generate();
    const won = await this.keys.transaction(async (manager) => {
      const inserted = await this.keys.insertFirstActive(created.kid, created.privateJwk, created.publicJwk, manager);
      if (inserted) await this.audit.record({ action: AuditAction.SIGNING_KEY_CREATED, target: { type: 'signing_key', id: created.kid } }, manager);
      return inserted;
    });
    if (won) this.logger.log({ kid: created.kid }, 'Created the node signing key');
  }

  /**
   * The active key, from memory once loaded. A stale key is still used while a fresh one loads
   * in the background: signing often happens inside a transaction holding a row lock, and must
   * never wait for a second pool connection (under contention the pool is all lock waiters).
   * A key rotated by another instance stays published, so signing with it a few seconds longer
   * is harmless.
   */
  async signingKey(): Promise<SigningKey> {
    if (this.active) {
      const current = this.active.value;
      if (this.active.until <= Date.now()) {
        this.refreshing ??= this.loadActive()
          .catch((error: unknown) => {
            this.logger.warn({ err: error }, 'Could not reload the signing key; still signing with the one in memory');
            return current;
          })
          .finally(() => (this.refreshing = undefined));
      }
      return current;
    }
    return this.loadActive();
  }

  private async loadActive(): Promise<SigningKey> {
    const row = await this.keys.findActiveWithPrivateKey();
    if (!row) throw new Error('The node has no active signing key');
    const value = { kid: row.kid, key: await importJWK(row.privateJwk, TOKEN_ALGORITHM) };
    this.active = { value, until: Date.now() + CACHE_MS };
    return value;
  }

  /** The public key for a kid, or undefined when this node does not publish it. */
  async verificationKey(kid: string | undefined): Promise<JoseKey | undefined> {
    if (!kid) return undefined;
    let keys = await this.publishedKeys();
    // A key rotated in by another instance is not in this one's cache yet.
    if (!keys.has(kid)) keys = await this.publishedKeys(true);
    return keys.get(kid)?.key;
  }

  async jwks(): Promise<{ keys: JWK[] }> {
    const keys = await this.publishedKeys();
    return { keys: [...keys.values()].map((k) => k.jwk) };
  }

  async sign(payload: Uint8Array, header: Record<string, unknown> = {}): Promise<string> {
    const { kid, key } = await this.signingKey();
    return new CompactSign(payload).setProtectedHeader({ ...header, alg: TOKEN_ALGORITHM, kid }).sign(key);
  }

  async recordKeys(): Promise<{ keys: JWK[] }> {
    const rows = await this.keys.findAll();
    return { keys: rows.map((row) => row.publicJwk) };
  }

  async rotate(actor: Principal): Promise<{ kid: string; retiredKid: string | null }> {
    const created = await generate();
    const publishUntil = new Date(Date.now() + this.config.get('ACCESS_TOKEN_TTL_SECONDS', { infer: true }) * 1000 + CLOCK_SKEW_MS);
    const retiredKid = await this.keys.transaction(async (manager) => {
      const retired = await this.keys.rotate(created.kid, created.privateJwk, created.publicJwk, publishUntil, manager);
      await this.audit.record(
        { action: AuditAction.SIGNING_KEY_ROTATED, actor, target: { type: 'signing_key', id: created.kid }, details: { retiredKid: retired, publishUntil } },
        manager,
      );
      return retired;
    });
    this.active = { value: { kid: created.kid, key: await importJWK(created.privateJwk, TOKEN_ALGORITHM) }, until: Date.now() + CACHE_MS };
    this.published = undefined;
    return { kid: created.kid, retiredKid };
  }

  private async publishedKeys(refresh = false): Promise<Map<string, { jwk: JWK; key: JoseKey }>> {
    if (!refresh && this.published && this.published.until > Date.now()) return this.published.value;
    const rows = await this.keys.findPublished();
    const value = new Map<string, { jwk: JWK; key: JoseKey }>();
    for (const row of rows) {
      value.set(row.kid, { jwk: row.publicJwk, key: await importJWK(row.publicJwk, TOKEN_ALGORITHM) });
    }
    this.published = { value, until: Date.now() + CACHE_MS };
    return value;
  }
}

async function generate(): Promise<{ kid: string; privateJwk: JWK; publicJwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair(TOKEN_ALGORITHM, { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  return {
    kid,
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: TOKEN_ALGORITHM },
    publicJwk: { ...publicJwk, kid, alg: TOKEN_ALGORITHM, use: 'sig' },
  };
}
