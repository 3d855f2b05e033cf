import { Inject, Injectable, Optional } from '@nestjs/common';
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
import { type AccessTokenVerifier, HOME_DIRECTORY, type HomeDirectory, partyIdText, type Principal, Role } from '@landsea/auth';
import type { DomainError } from '@landsea/errors';
import type { AppConfig } from '@landsea/config';
import type { LocalisedMessage } from '@landsea/errors';
import { IdentityErrorCode, IdentityErrors } from '../identity.errors.js';
import { type JoseKey, SigningKeysService, TOKEN_ALGORITHM } from '../keys/signing-keys.service.js';
import { OrganisationRepository } from '../organisations/organisation.repository.js';
import { PartnerNodeRepository } from '../partners/partner-node.repository.js';
import { RevocationService, RevocationUnavailableError } from './revocation.service.js';
import { type AccessTokenClaims, CORRIDOR_AUDIENCE } from './token-claims.js';

const STATUS_CACHE_MS = 1000;
// Verified tokens are remembered (until they expire) so a client's repeated calls skip ES256 verification.
const VERIFIED_CACHE_SIZE = 10_000;
const invalid = (message: LocalisedMessage) => IdentityErrors.token(IdentityErrorCode.TOKEN_INVALID, message);

type Verified = { claims: JWTPayload & AccessTokenClaims & { sid?: string }; local: boolean; node: string };
type Standing = { localId: string | null; status: string | null; refusal?: DomainError; generation: number; until: number };

/**
 * Verifies access tokens issued by this node or by a registered partner node. Every organisation
 * has one home node, and only that node speaks for it: this node's own are never accepted on a
 * partner's token, and a partner's token is accepted only for an organisation the shared
 * directory lists as homed at that partner, with the standing that partner gives it. No partner
 * can make anyone an operator here. Revocations (a disabled person, an ended sign-in, a changed
 * standing) take effect on the next request.
 */
@Injectable()
export class AccessTokenVerifierService implements AccessTokenVerifier {
  private readonly statuses = new Map<string, Standing>();
  private readonly partnerKeys = new Map<string, { getKey: JWTVerifyGetKey; node: string }>();
  private readonly verified = new Map<string, Verified & { exp: number }>();

  constructor(
    private readonly keys: SigningKeysService,
    private readonly organisations: OrganisationRepository,
    private readonly partners: PartnerNodeRepository,
    private readonly revocations: RevocationService,
    private readonly config: ConfigService<AppConfig, true>,
    @Optional() @Inject(HOME_DIRECTORY) private readonly homes?: HomeDirectory,
  ) {}

  async verify(token: string, options: { readonly write?: boolean } = {}): Promise<Principal> {
    let known = this.verified.get(token);
    if (!known || known.exp * 1000 <= Date.now()) {
      const fresh = await this.verifyAndDecode(token);
      if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.delete(this.verified.keys().next().value as string);
      known = { ...fresh, exp: Number(fresh.claims.exp) };
      this.verified.set(token, known);
    }
    if (known.local) await this.assertNotRevoked(known.claims, options.write === true);
    return this.principal(known);
  }

  /** Partners revoke their own tokens; this node revokes those it issued. */
  private async assertNotRevoked(claims: Verified['claims'], write: boolean): Promise<void> {
    try {
      if (await this.revocations.isRevoked(String(claims.sub), claims.sid, Number(claims.iat ?? 0))) throw IdentityErrors.tokenRevoked();
    } catch (error) {
      if (!(error instanceof RevocationUnavailableError)) throw error;
      // Fail closed for changes; reads go on while Redis is away.
      if (write) throw IdentityErrors.revocationUnavailable();
    }
  }

  private async verifyAndDecode(token: string): Promise<Verified> {
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
    // A partner is known by the issuer it is registered with, whatever node its tokens claim to be.
    const partner = local ? undefined : await this.partnerKey(issuer);
    const key = partner ? partner.getKey : await this.localKey(header.kid);
    const payload = await this.checkSignatureAndClaims(token, key, issuer);
    return { claims: payload as Verified['claims'], local, node: partner ? partner.node : this.config.get('NODE_PROVINCE', { infer: true }) };
  }

  private async principal({ claims, local, node }: Verified): Promise<Principal> {
    const organisation = local ? await this.localStatus(claims.org) : await this.partnerOrganisation(claims, node);
    if (organisation.refusal) throw organisation.refusal;
    const roles = (Array.isArray(claims.roles) ? claims.roles : []).filter((role): role is Role => Object.values(Role).includes(role));
    return {
      subject: String(claims.sub),
      subjectKind: claims.sub_kind === 'client' ? 'client' : 'person',
      organisationId: organisation.localId,
      uscc: claims.uscc ?? null,
      roles: local ? roles : roles.filter((role) => role !== Role.NODE_OPERATOR),
      issuingNode: node,
      local,
      organisationApproved: organisation.status === 'APPROVED',
      organisationStatus: organisation.status,
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

  private async partnerKey(issuer: string): Promise<{ getKey: JWTVerifyGetKey; node: string }> {
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
    const entry = { getKey, node: partner.provinceCode };
    this.partnerKeys.set(issuer, entry);
    return entry;
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

  private async localStatus(organisationId: string): Promise<Standing> {
    return this.cachedStanding(organisationId, async () => {
      const status = (await this.organisations.statusOf(organisationId)) ?? null;
      return { localId: status ? organisationId : null, status };
    });
  }

  /**
   * A partner's organisation, as the shared directory knows it: accepted only when homed at that
   * partner, with that partner's standing, and never one registered here (homed here).
   */
  private async partnerOrganisation(claims: AccessTokenClaims, node: string): Promise<Standing> {
    const party = partyIdText({ uscc: claims.uscc, country: claims.country, nationalId: claims.national_id });
    return this.cachedStanding(`${node}:${party}`, async () => {
      const here = claims.uscc
        ? await this.organisations.findByUscc(claims.uscc)
        : claims.national_id
          ? await this.organisations.findByNationalId(claims.country, claims.national_id)
          : null;
      if (here && here.status !== 'REJECTED') {
        return { localId: null, status: null, refusal: IdentityErrors.notFromHomeNode(party, node, this.config.get('NODE_PROVINCE', { infer: true })) };
      }
      const homes = (await this.homes?.homesOf(party)) ?? [];
      const home = homes.find((entry) => entry.node === node);
      if (!home || homes.length > 1) return { localId: null, status: null, refusal: IdentityErrors.notFromHomeNode(party, node, homes.find((h) => h.node !== node)?.node) };
      return { localId: null, status: home.status };
    });
  }

  private async cachedStanding(key: string, load: () => Promise<Omit<Standing, 'generation' | 'until'>>): Promise<Standing> {
    const cached = this.statuses.get(key);
    if (cached && cached.until > Date.now() && cached.generation === this.revocations.generation) return cached;
    const generation = this.revocations.generation;
    const entry = { ...(await load()), generation, until: Date.now() + STATUS_CACHE_MS };
    if (this.statuses.size >= VERIFIED_CACHE_SIZE) this.statuses.clear();
    this.statuses.set(key, entry);
    return entry;
  }
}
