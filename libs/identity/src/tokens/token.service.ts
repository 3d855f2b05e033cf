import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { SignJWT } from 'jose';
import type { Role } from '@landsea/auth';
import type { AppConfig } from '@landsea/config';
import { RequestContext } from '@landsea/observability';
import { AuditService } from '@landsea/audit';
import { AuditAction } from '../identity.audit.js';
import { IdentityErrors } from '../identity.errors.js';
import { SigningKeysService, TOKEN_ALGORITHM } from '../keys/signing-keys.service.js';
import type { OrganisationEntity } from '../organisations/organisation.entity.js';
import { OrganisationRepository } from '../organisations/organisation.repository.js';
import { PasswordService } from '../passwords/password.service.js';
import type { PersonEntity } from '../people/person.entity.js';
import { PersonRepository } from '../people/person.repository.js';
import { RefreshTokenRepository } from './refresh-token.repository.js';
import { RevocationService } from './revocation.service.js';
import { SignInThrottleService } from './sign-in-throttle.service.js';
import { type AccessTokenClaims, CORRIDOR_AUDIENCE } from './token-claims.js';

export interface TokenSet {
  readonly access_token: string;
  readonly token_type: 'Bearer';
  readonly expires_in: number;
  readonly refresh_token?: string;
}

const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

/** Signs people and systems in, and rotates and revokes what it issued. */
@Injectable()
export class TokenService {
  constructor(
    private readonly keys: SigningKeysService,
    private readonly people: PersonRepository,
    private readonly organisations: OrganisationRepository,
    private readonly passwords: PasswordService,
    private readonly throttle: SignInThrottleService,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly audit: AuditService,
    private readonly revocations: RevocationService,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  /** The password grant. */
  async signIn(email: string, password: string): Promise<TokenSet> {
    const address = RequestContext.address() ?? 'unknown';
    await this.throttle.admit(email, address);
    const person = await this.people.findForSignIn(email);
    const valid = await this.passwords.verify(person?.passwordHash ?? null, password);
    if (!person || !valid) {
      await this.throttle.recordFailure(email, address);
      await this.audit.record({
        action: AuditAction.SIGN_IN,
        outcome: 'FAILURE',
        actor: person ? { subject: person.id, organisationId: person.organisationId } : undefined,
        organisationId: person?.organisationId,
        details: { email: email.toLowerCase(), reason: 'INVALID_CREDENTIALS' },
      });
      throw IdentityErrors.invalidCredentials();
    }
    await this.throttle.recordSuccess(email, address);
    if (person.status !== 'ACTIVE') {
      await this.audit.record({
        action: AuditAction.SIGN_IN,
        outcome: 'FAILURE',
        actor: { subject: person.id, organisationId: person.organisationId },
        organisationId: person.organisationId,
        details: { reason: 'ACCOUNT_DISABLED' },
      });
      throw IdentityErrors.accountDisabled();
    }
    const organisation = await this.organisationOf(person);
    return this.refreshTokens.transaction(async (manager) => {
      const refresh = randomBytes(32).toString('base64url');
      const familyId = randomUUID();
      await this.refreshTokens.insert({ familyId, personId: person.id, tokenHash: hashToken(refresh), expiresAt: this.refreshExpiry() }, manager);
      await this.audit.record(
        { action: AuditAction.SIGN_IN, actor: { subject: person.id, organisationId: person.organisationId }, organisationId: person.organisationId },
        manager,
      );
      return { ...(await this.accessTokenFor(person, organisation, familyId)), refresh_token: refresh };
    });
  }

  /** The refresh_token grant: each token works once; using one twice revokes its whole sign-in. */
  async refresh(token: string): Promise<TokenSet> {
    const outcome = await this.refreshTokens.transaction(async (manager) => {
      const row = await this.refreshTokens.lockByHash(hashToken(token), manager);
      if (!row || row.revokedAt || row.expiresAt.getTime() <= Date.now()) return { kind: 'invalid' as const };
      if (row.usedAt) {
        const revoked = await this.refreshTokens.revokeFamily(row.familyId, manager);
        await this.audit.record(
          { action: AuditAction.REFRESH_TOKEN_REUSED, outcome: 'FAILURE', actor: { subject: row.personId, organisationId: null }, details: { familyId: row.familyId, revoked } },
          manager,
        );
        return { kind: 'reused' as const, familyId: row.familyId };
      }
      const person = await this.people.findById(row.personId);
      if (!person || person.status !== 'ACTIVE') {
        await this.refreshTokens.revokeFamily(row.familyId, manager);
        return { kind: 'disabled' as const, familyId: row.familyId };
      }
      await this.refreshTokens.markUsed(row.id, manager);
      const next = randomBytes(32).toString('base64url');
      await this.refreshTokens.insert({ familyId: row.familyId, personId: person.id, tokenHash: hashToken(next), expiresAt: this.refreshExpiry() }, manager);
      await this.audit.record(
        { action: AuditAction.TOKEN_REFRESHED, actor: { subject: person.id, organisationId: person.organisationId }, organisationId: person.organisationId },
        manager,
      );
      return { kind: 'rotated' as const, person, next, familyId: row.familyId };
    });
    // Decided inside the transaction, thrown outside it, so a revocation is committed first.
    if (outcome.kind === 'invalid') throw IdentityErrors.refreshInvalid();
    if (outcome.kind !== 'rotated') {
      // The sign-in's access tokens stop working now, not when they expire.
      await this.revocations.revokeSession(outcome.familyId);
      throw outcome.kind === 'reused' ? IdentityErrors.refreshReused() : IdentityErrors.accountDisabled();
    }
    const organisation = await this.organisationOf(outcome.person);
    return { ...(await this.accessTokenFor(outcome.person, organisation, outcome.familyId)), refresh_token: outcome.next };
  }

  /** Sign-out: revokes the sign-in the refresh token belongs to. Unknown tokens are ignored (RFC 7009). */
  async revoke(token: string): Promise<void> {
    const row = await this.refreshTokens.findByHash(hashToken(token));
    if (!row) return;
    const revoked = await this.refreshTokens.revokeFamily(row.familyId);
    await this.revocations.revokeSession(row.familyId);
    await this.audit.record({
      action: AuditAction.TOKENS_REVOKED,
      actor: { subject: row.personId, organisationId: null },
      details: { familyId: row.familyId, revoked },
    });
  }

  async accessTokenFor(
    subject: Pick<PersonEntity, 'id' | 'roles'> & { kind?: 'person' | 'client' },
    organisation: OrganisationEntity,
    /** The sign-in (refresh token family) the token belongs to, so that ending it revokes the token. */
    sessionId?: string,
  ): Promise<TokenSet> {
    const ttl = this.config.get('ACCESS_TOKEN_TTL_SECONDS', { infer: true });
    const { kid, key } = await this.keys.signingKey();
    const claims: AccessTokenClaims = {
      sub_kind: subject.kind ?? 'person',
      org: organisation.id,
      uscc: organisation.uscc,
      country: organisation.country,
      national_id: organisation.nationalId,
      roles: subject.roles as Role[],
      province: organisation.provinceCode,
      node: this.config.get('NODE_PROVINCE', { infer: true }),
      customs_office: organisation.customsOffice,
    };
    const accessToken = await new SignJWT({ ...claims, ...(sessionId ? { sid: sessionId } : {}) })
      .setProtectedHeader({ alg: TOKEN_ALGORITHM, kid, typ: 'at+jwt' })
      .setIssuer(this.config.get('PUBLIC_BASE_URL', { infer: true }) as string)
      .setAudience(CORRIDOR_AUDIENCE)
      .setSubject(subject.id)
      .setIssuedAt()
      .setExpirationTime(`${ttl}s`)
      .setJti(randomUUID())
      .sign(key);
    return { access_token: accessToken, token_type: 'Bearer', expires_in: ttl };
  }

  private async organisationOf(person: PersonEntity): Promise<OrganisationEntity> {
    const organisation = await this.organisations.findById(person.organisationId);
    if (!organisation) throw new Error(`Person ${person.id} belongs to no organisation`);
    return organisation;
  }

  private refreshExpiry(): Date {
    return new Date(Date.now() + this.config.get('REFRESH_TOKEN_TTL_SECONDS', { infer: true }) * 1000);
  }
}
