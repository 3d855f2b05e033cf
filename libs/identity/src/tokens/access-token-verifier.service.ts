import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  errors as joseErrors,
  type JWTPayload,
  type JWTVerifyGetKey,
  jwtVerify,
} from 'jose';
import { type AccessTokenVerifier, type Principal, Role } from '@landsea/auth';
import type { AppConfig } from '@landsea/config';
import type { LocalisedMessage } from '@landsea/errors';
import { IdentityErrorCode, IdentityErrors } from '../identity.errors.js';
import { type JoseKey, SigningKeysService, TOKEN_ALGORITHM } from '../keys/signing-keys.service.js';
import { OrganisationRepository } from '../organisations/organisation.repository.js';
import { PartnerNodeRepository } from '../partners/partner-node.repository.js';
import { type AccessTokenClaims, CORRIDOR_AUDIENCE } from './token-claims.js';

const STATUS_CACHE_MS = 1000;
// Verified tokens are remembered (until they expire) so a client's repeated calls skip ES256 verification.
const VERIFIED_CACHE_SIZE = 10_000;
const invalid = (message: LocalisedMessage) => IdentityErrors.token(IdentityErrorCode.TOKEN_INVALID, message);

/**
 * Verifies access tokens issued by this node or by a registered partner node. A partner's
 * organisation is matched here by its USCC (or country + national id): what it may do on this
 * node depends on this node's approval of it, and no partner can make anyone an operator here.
 */
@Injectable()
export class AccessTokenVerifierService implements AccessTokenVerifier {
  private readonly statuses = new Map<string, { localId: string | null; approved: boolean; until: number }>();
  private readonly partnerKeys = new Map<string, JWTVerifyGetKey>();
  private readonly verified = new Map<string, { claims: JWTPayload & AccessTokenClaims; local: boolean; exp: number }>();

  constructor(
    private readonly keys: SigningKeysService,
    private readonly organisations: OrganisationRepository,
    private readonly partners: PartnerNodeRepository,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  async verify(token: string): Promise<Principal> {
    const known = this.verified.get(token);
    if (known && known.exp * 1000 > Date.now()) return this.principal(known.claims, known.local);
    const { claims, local } = await this.verifyAndDecode(token);
    if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(token, { claims, local, exp: Number(claims.exp) });
    return this.principal(claims, local);
  }

  private async verifyAndDecode(token: string): Promise<{ claims: JWTPayload & AccessTokenClaims; local: boolean }> {
    let header: ReturnType<typeof decodeProtectedHeader>;
    let unverified: JWTPayload;
    try {
      header = decodeProtectedHeader(token);
      unverified = decodeJwt(token);
    } catch {
      throw invalid({ en: 'The access token is not a well-formed JWT', 'zh-CN': '访问令牌不是格式正确的 JWT' });
    }
    if (header.alg !== TOKEN_ALGORITHM) {
      throw IdentityErrors.token(IdentityErrorCode.TOKEN_ALGORITHM_NOT_ALLOWED, {
        en: `Access tokens are signed with ES256, not ${String(header.alg)}`,
        'zh-CN': `访问令牌须以 ES256 签名，而不是 ${String(header.alg)}`,
      });
    }
    const issuer = typeof unverified.iss === 'string' ? unverified.iss : '';
    const local = issuer === this.config.get('PUBLIC_BASE_URL', { infer: true });
    const key = local ? await this.localKey(header.kid) : await this.partnerKey(issuer);
    const payload = await this.checkSignatureAndClaims(token, key, issuer);
    return { claims: payload as JWTPayload & AccessTokenClaims, local };
  }

  private async principal(claims: JWTPayload & AccessTokenClaims, local: boolean): Promise<Principal> {
    const organisation = local ? await this.localStatus(claims.org) : await this.partnerOrganisation(claims);
    const roles = (Array.isArray(claims.roles) ? claims.roles : []).filter((role): role is Role => Object.values(Role).includes(role));
    return {
      subject: String(claims.sub),
      subjectKind: claims.sub_kind === 'client' ? 'client' : 'person',
      organisationId: organisation.localId,
      uscc: claims.uscc ?? null,
      roles: local ? roles : roles.filter((role) => role !== Role.NODE_OPERATOR),
      issuingNode: claims.node,
      local,
      organisationApproved: organisation.approved,
      // A customs office acts only where it is: never through another node's token.
      customsOffice: local ? (claims.customs_office ?? null) : null,
      tokenId: String(claims.jti),
    };
  }

  private async localKey(kid: string | undefined): Promise<JoseKey> {
    const key = await this.keys.verificationKey(kid);
    if (!key) {
      throw IdentityErrors.token(IdentityErrorCode.TOKEN_KEY_UNKNOWN, {
        en: `This node publishes no key ${kid ?? '(none given)'}`,
        'zh-CN': `本节点未公布密钥 ${kid ?? '（未指定）'}`,
      });
    }
    return key;
  }

  private async partnerKey(issuer: string): Promise<JWTVerifyGetKey> {
    const cached = this.partnerKeys.get(issuer);
    if (cached) return cached;
    const partner = await this.partners.findByIssuer(issuer);
    if (!partner || (!partner.jwksUrl && !partner.pinnedJwks)) {
      throw IdentityErrors.token(IdentityErrorCode.TOKEN_ISSUER_UNKNOWN, {
        en: `Tokens from ${issuer || 'an unnamed issuer'} are not trusted here`,
        'zh-CN': `本节点不信任${issuer ? ` ${issuer} ` : '未具名签发方'}签发的令牌`,
      });
    }
    const getKey = partner.pinnedJwks ? createLocalJWKSet(partner.pinnedJwks) : createRemoteJWKSet(new URL(partner.jwksUrl as string));
    this.partnerKeys.set(issuer, getKey);
    return getKey;
  }

  private async checkSignatureAndClaims(token: string, key: JoseKey | JWTVerifyGetKey, issuer: string): Promise<JWTPayload> {
    try {
      const verifyOptions = { algorithms: [TOKEN_ALGORITHM], issuer, audience: CORRIDOR_AUDIENCE, requiredClaims: ['sub', 'exp', 'jti', 'org', 'node'] };
      const { payload } =
        typeof key === 'function' ? await jwtVerify(token, key, verifyOptions) : await jwtVerify(token, key, verifyOptions);
      return payload;
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) {
        throw IdentityErrors.token(IdentityErrorCode.TOKEN_EXPIRED, { en: 'The access token has expired', 'zh-CN': '访问令牌已过期' });
      }
      if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === 'aud') {
        throw IdentityErrors.token(IdentityErrorCode.TOKEN_AUDIENCE_INVALID, {
          en: `Access tokens here must be for ${CORRIDOR_AUDIENCE}`,
          'zh-CN': `本节点只接受受众（aud）为 ${CORRIDOR_AUDIENCE} 的访问令牌`,
        });
      }
      if (error instanceof joseErrors.JWKSNoMatchingKey) {
        throw IdentityErrors.token(IdentityErrorCode.TOKEN_KEY_UNKNOWN, { en: 'The issuer publishes no such key', 'zh-CN': '签发方未公布该密钥' });
      }
      if (error instanceof joseErrors.JWTClaimValidationFailed) {
        throw invalid({ en: `The access token's ${error.claim} claim is not acceptable`, 'zh-CN': `访问令牌的 ${error.claim} 声明不可接受` });
      }
      throw invalid({ en: 'The access token signature does not verify', 'zh-CN': '访问令牌签名验证失败' });
    }
  }

  private async localStatus(organisationId: string): Promise<{ localId: string | null; approved: boolean }> {
    const cached = this.statuses.get(organisationId);
    if (cached && cached.until > Date.now()) return cached;
    const status = await this.organisations.statusOf(organisationId);
    const entry = { localId: status ? organisationId : null, approved: status === 'APPROVED', until: Date.now() + STATUS_CACHE_MS };
    this.statuses.set(organisationId, entry);
    return entry;
  }

  /** The same firm on this node, found by its corridor-wide key. */
  private async partnerOrganisation(claims: AccessTokenClaims): Promise<{ localId: string | null; approved: boolean }> {
    const key = `${claims.node}:${claims.uscc ?? `${claims.country}:${claims.national_id}`}`;
    const cached = this.statuses.get(key);
    if (cached && cached.until > Date.now()) return cached;
    const organisation = claims.uscc
      ? await this.organisations.findByUscc(claims.uscc)
      : claims.national_id
        ? await this.organisations.findByNationalId(claims.country, claims.national_id)
        : null;
    const entry = { localId: organisation?.id ?? null, approved: organisation?.status === 'APPROVED', until: Date.now() + STATUS_CACHE_MS };
    this.statuses.set(key, entry);
    return entry;
  }
}
