import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ACCESS_TOKEN_VERIFIER, ORGANISATION_DIRECTORY, PARTNER_KEYS, PARTNER_NODES, RECORD_SIGNER } from '@landsea/auth';
import { SigningKeyEntity } from './keys/signing-key.entity.js';
import { SigningKeyRepository } from './keys/signing-key.repository.js';
import { SigningKeysService } from './keys/signing-keys.service.js';
import { OrganisationDirectoryService } from './organisations/organisation-directory.service.js';
import { OrganisationEntity } from './organisations/organisation.entity.js';
import { OrganisationRepository } from './organisations/organisation.repository.js';
import { PartnerKeysService } from './partners/partner-keys.service.js';
import { PartnerNodeRepository } from './partners/partner-node.repository.js';
import { PartnerNodesService } from './partners/partner-nodes.service.js';
import { AccessTokenVerifierService } from './tokens/access-token-verifier.service.js';
import { RevocationService } from './tokens/revocation.service.js';

/**
 * What any app of a node needs to check access tokens (the signing keys, the partner nodes and
 * the organisations' approval), and the directory, record signer and partner keys other contexts call. Apps
 * that serve one other context import this alone.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OrganisationEntity, SigningKeyEntity])],
  providers: [
    SigningKeyRepository,
    SigningKeysService,
    OrganisationRepository,
    PartnerNodeRepository,
    PartnerKeysService,
    RevocationService,
    AccessTokenVerifierService,
    OrganisationDirectoryService,
    PartnerNodesService,
    { provide: ACCESS_TOKEN_VERIFIER, useExisting: AccessTokenVerifierService },
    { provide: ORGANISATION_DIRECTORY, useExisting: OrganisationDirectoryService },
    { provide: RECORD_SIGNER, useExisting: SigningKeysService },
    { provide: PARTNER_NODES, useExisting: PartnerNodesService },
    { provide: PARTNER_KEYS, useExisting: PartnerKeysService },
  ],
  exports: [
    ACCESS_TOKEN_VERIFIER,
    ORGANISATION_DIRECTORY,
    RECORD_SIGNER,
    PARTNER_NODES,
    PARTNER_KEYS,
    SigningKeysService,
    OrganisationRepository,
    PartnerNodeRepository,
    RevocationService,
  ],
})
export class IdentityTokensModule {}
