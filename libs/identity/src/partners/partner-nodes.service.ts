import { Injectable } from '@nestjs/common';
import { compactVerify, createLocalJWKSet, createRemoteJWKSet, errors as joseErrors, type JWTVerifyGetKey } from 'jose';
import { PartnerSignatureError, type PartnerNodes } from '@landsea/auth';
import { type PartnerNode, PartnerNodeRepository } from './partner-node.repository.js';

const CACHE_MS = 30_000;

/** The registered partner nodes, and their signatures checked against the keys they publish. */
@Injectable()
export class PartnerNodesService implements PartnerNodes {
  private readonly cache = new Map<string, { partner: PartnerNode | null; keys: JWTVerifyGetKey | null; until: number }>();

  constructor(private readonly partners: PartnerNodeRepository) {}

  async baseUrl(provinceCode: string): Promise<string | undefined> {
    return (await this.load(provinceCode)).partner?.baseUrl.replace(/\/$/, '');
  }

  async verify(provinceCode: string, jws: string, type: string): Promise<Uint8Array> {
    const { keys } = await this.load(provinceCode);
    if (!keys) {
      throw new PartnerSignatureError('UNKNOWN_PARTNER', { en: `${provinceCode} is not a partner node of this one`, 'zh-CN': `${provinceCode} 不是本节点的伙伴节点` });
    }
    try {
      const verified = await compactVerify(jws, keys, { algorithms: ['ES256'] });
      if (verified.protectedHeader.typ !== type) {
        throw new PartnerSignatureError('BAD_SIGNATURE', {
          en: `The JWS type is ${verified.protectedHeader.typ}, not ${type}`,
          'zh-CN': `JWS 类型为 ${verified.protectedHeader.typ}，而不是 ${type}`,
        });
      }
      return verified.payload;
    } catch (error) {
      if (error instanceof PartnerSignatureError) throw error;
      if (error instanceof joseErrors.JWKSNoMatchingKey) {
        throw new PartnerSignatureError('UNKNOWN_KEY', { en: `${provinceCode} publishes no key with this kid`, 'zh-CN': `${provinceCode} 未公布该 kid 对应的密钥` });
      }
      const reason = (error as Error).message;
      throw new PartnerSignatureError('BAD_SIGNATURE', { en: `The signature does not verify: ${reason}`, 'zh-CN': `签名验证失败：${reason}` });
    }
  }

  private async load(provinceCode: string) {
    const hit = this.cache.get(provinceCode);
    if (hit && hit.until > Date.now()) return hit;
    const partner = await this.partners.findByProvince(provinceCode);
    const keys = !partner
      ? null
      : partner.pinnedJwks
        ? createLocalJWKSet(partner.pinnedJwks)
        : partner.jwksUrl
          ? createRemoteJWKSet(new URL(partner.jwksUrl))
          : null;
    // An unknown partner is asked again soon: the operator may be registering it right now.
    const entry = { partner, keys, until: Date.now() + (partner ? CACHE_MS : 1_000) };
    this.cache.set(provinceCode, entry);
    return entry;
  }
}
