import { Injectable, Logger } from '@nestjs/common';
import type { JSONWebKeySet } from 'jose';
import type { PartnerKeys, TrustedPlatform } from '@landsea/auth';
import { PartnerNodeRepository } from './partner-node.repository.js';

const CACHE_MS = 60_000;
const FETCH_TIMEOUT_MS = 5_000;

/** Partner nodes' keys, pinned here or fetched from their JWKS URL, kept for a minute. */
@Injectable()
export class PartnerKeysService implements PartnerKeys {
  private readonly logger = new Logger(PartnerKeysService.name);
  private readonly fetched = new Map<string, { keys: JSONWebKeySet; until: number }>();

  constructor(private readonly partners: PartnerNodeRepository) {}

  async trusted(): Promise<TrustedPlatform[]> {
    const platforms = await Promise.all(
      (await this.partners.list()).map(async (partner) => {
        const keys = partner.pinnedJwks ?? (partner.jwksUrl ? await this.fetch(partner.jwksUrl) : undefined);
        return keys ? { provinceCode: partner.provinceCode, baseUrl: partner.baseUrl, keys } : undefined;
      }),
    );
    return platforms.filter((p): p is TrustedPlatform => p !== undefined);
  }

  private async fetch(url: string): Promise<JSONWebKeySet | undefined> {
    const cached = this.fetched.get(url);
    if (cached && cached.until > Date.now()) return cached.keys;
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const keys = (await res.json()) as JSONWebKeySet;
      this.fetched.set(url, { keys, until: Date.now() + CACHE_MS });
      return keys;
    } catch (error) {
      this.logger.warn({ url, error: (error as Error).message }, 'A partner’s keys could not be fetched');
      return undefined;
    }
  }
}
