import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Redis } from 'ioredis';
import { calculateJwkThumbprint, decodeJwt, errors as joseErrors, importJWK, type JWK, jwtVerify } from 'jose';
import type { Principal } from '@landsea/auth';
import type { AppConfig } from '@landsea/config';
import type { LocalisedMessage } from '@landsea/errors';
import { InjectRedis } from '@landsea/queue';
import { AuditService } from '@landsea/audit';
import { AuditAction } from '../identity.audit.js';
import { IdentityErrors } from '../identity.errors.js';
import { type JoseKey, TOKEN_ALGORITHM } from '../keys/signing-keys.service.js';
import type { OrganisationEntity } from '../organisations/organisation.entity.js';
import { OrganisationRepository } from '../organisations/organisation.repository.js';
import { ownOrganisation } from '../people/people.service.js';
import { RolePolicyService } from '../roles/role-policy.service.js';
import { type TokenSet, TokenService } from '../tokens/token.service.js';
import type { ClientEntity } from './client.entity.js';
import { ClientRepository } from './client.repository.js';

export const JWT_BEARER_ASSERTION = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
// An assertion is a one-time proof: it may not live longer than this.
const MAX_ASSERTION_SECONDS = 300;
const CLOCK_SKEW_SECONDS = 30;
// A disabled client or a changed key takes effect within this long.
const CLIENT_CACHE_MS = 5000;

type KnownClient = { client: ClientEntity; key: JoseKey; organisation: OrganisationEntity; until: number };

/** Systems of an organisation, and their sign-in by private_key_jwt (RFC 7523). */
@Injectable()
export class ClientsService {
  private readonly known = new Map<string, KnownClient>();

  constructor(
    private readonly clients: ClientRepository,
    private readonly organisations: OrganisationRepository,
    private readonly rolePolicy: RolePolicyService,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    @InjectRedis() private readonly redis: Redis,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  async register(admin: Principal, name: string, publicJwk: JWK, roles: string[]): Promise<{ client: ClientEntity; thumbprint: string }> {
    const organisationId = ownOrganisation(admin);
    const key = await publicKeyOnly(publicJwk);
    const checked = await this.rolePolicy.check(organisationId, roles);
    const thumbprint = await calculateJwkThumbprint(key);
    return this.organisations.transaction(async (manager) => {
      const client = await this.clients.insert({ organisationId, name, publicJwk: key, roles: checked, status: 'ACTIVE' }, manager);
      await this.audit.record(
        { action: AuditAction.CLIENT_REGISTERED, actor: admin, organisationId, target: { type: 'client', id: client.id }, details: { roles: checked, thumbprint } },
        manager,
      );
      return { client, thumbprint };
    });
  }

  async list(admin: Principal): Promise<Array<{ client: ClientEntity; thumbprint: string }>> {
    const clients = await this.clients.listByOrganisation(ownOrganisation(admin));
    return Promise.all(clients.map(async (client) => ({ client, thumbprint: await calculateJwkThumbprint(client.publicJwk) })));
  }

  /** The client_credentials grant: a JWT the client signed, naming itself, for this token endpoint, once. */
  async tokenFor(assertionType: string | undefined, assertion: string | undefined, clientIdParam: string | undefined): Promise<TokenSet> {
    if (assertionType !== JWT_BEARER_ASSERTION || !assertion) {
      throw IdentityErrors.clientAssertionInvalid({
        en: `client_credentials needs client_assertion_type ${JWT_BEARER_ASSERTION} and a client_assertion`,
        'zh-CN': `client_credentials 授权须提供 client_assertion_type ${JWT_BEARER_ASSERTION} 和 client_assertion`,
      });
    }
    let claimedId: unknown;
    try {
      claimedId = decodeJwt(assertion).iss;
    } catch {
      throw IdentityErrors.clientAssertionInvalid({ en: 'The client assertion is not a well-formed JWT', 'zh-CN': '客户端断言不是格式正确的 JWT' });
    }
    const known = typeof claimedId === 'string' ? await this.activeClient(claimedId) : undefined;
    if (!known || (clientIdParam && clientIdParam !== known.client.id)) {
      throw IdentityErrors.clientAssertionInvalid({ en: 'The client assertion names no active client', 'zh-CN': '客户端断言所指的客户端不存在或未启用' });
    }
    const { client, key, organisation } = known;
    const issuer = this.config.get('PUBLIC_BASE_URL', { infer: true }) as string;
    let payload;
    try {
      ({ payload } = await jwtVerify(assertion, key, {
        algorithms: [TOKEN_ALGORITHM],
        issuer: client.id,
        subject: client.id,
        audience: [`${issuer}/oauth/token`, issuer],
        requiredClaims: ['jti', 'exp'],
        clockTolerance: CLOCK_SKEW_SECONDS,
      }));
    } catch (error) {
      const reason: LocalisedMessage =
        error instanceof joseErrors.JWTExpired
          ? { en: 'has expired', 'zh-CN': '已过期' }
          : error instanceof joseErrors.JWTClaimValidationFailed
            ? { en: `has an unacceptable ${error.claim} claim`, 'zh-CN': `的 ${error.claim} 声明不可接受` }
            : { en: 'does not verify with the registered key', 'zh-CN': '无法用已登记的公钥验证' };
      throw IdentityErrors.clientAssertionInvalid({ en: `The client assertion ${reason.en}`, 'zh-CN': `客户端断言${reason['zh-CN']}` });
    }
    const now = Math.floor(Date.now() / 1000);
    const exp = payload.exp as number;
    if (exp - now > MAX_ASSERTION_SECONDS) {
      throw IdentityErrors.clientAssertionInvalid({
        en: `A client assertion may live at most ${MAX_ASSERTION_SECONDS} s`,
        'zh-CN': `客户端断言的有效期最长为 ${MAX_ASSERTION_SECONDS} 秒`,
      });
    }
    // Remember the jti until the assertion could no longer be accepted anyway.
    const fresh = await this.redis.set(`assertion-jti:${client.id}:${String(payload.jti)}`, '1', 'EX', exp - now + CLOCK_SKEW_SECONDS + 1, 'NX');
    if (fresh !== 'OK') throw IdentityErrors.clientAssertionReplayed();
    await this.audit.record({
      action: AuditAction.SIGN_IN,
      actor: { subject: client.id, organisationId: client.organisationId },
      organisationId: client.organisationId,
      details: { grant: 'client_credentials' },
    });
    return this.tokens.accessTokenFor({ id: client.id, roles: client.roles, kind: 'client' }, organisation);
  }

  private async activeClient(id: string): Promise<KnownClient | undefined> {
    const cached = this.known.get(id);
    if (cached && cached.until > Date.now()) return cached;
    this.known.delete(id);
    const client = /^[0-9a-f-]{36}$/.test(id) ? await this.clients.findById(id) : null;
    if (!client || client.status !== 'ACTIVE') return undefined;
    const organisation = await this.organisations.findById(client.organisationId);
    if (!organisation) return undefined;
    const known = { client, key: await importJWK(client.publicJwk, TOKEN_ALGORITHM), organisation, until: Date.now() + CLIENT_CACHE_MS };
    this.known.set(id, known);
    return known;
  }
}

/** Accepts an EC P-256 public key and refuses anything with a private part. */
async function publicKeyOnly(jwk: JWK): Promise<JWK> {
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || typeof jwk.x !== 'string' || typeof jwk.y !== 'string') {
    throw IdentityErrors.clientKeyInvalid({
      en: 'publicJwk must be an EC P-256 public key (kty EC, crv P-256, x, y)',
      'zh-CN': 'publicJwk 必须是 EC P-256 公钥（kty EC、crv P-256、x、y）',
    });
  }
  if ('d' in jwk) {
    throw IdentityErrors.clientKeyInvalid({
      en: 'publicJwk holds a private key: register the public half only, and treat this key as leaked',
      'zh-CN': 'publicJwk 中含有私钥：只能登记公钥部分，并请将该密钥视为已泄露',
    });
  }
  const key: JWK = { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y };
  try {
    await importJWK(key, TOKEN_ALGORITHM);
  } catch {
    throw IdentityErrors.clientKeyInvalid({ en: 'publicJwk is not a point on P-256', 'zh-CN': 'publicJwk 不是 P-256 曲线上的点' });
  }
  return key;
}
