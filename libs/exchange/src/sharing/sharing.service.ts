import { Inject, Injectable, Optional } from '@nestjs/common';
import { AuditService } from '@landsea/audit';
import { PARTNER_NODES, type PartnerNodes, type Principal } from '@landsea/auth';
import { recordOwners, type RecordOwners } from '../client/record-owners.js';
import { ExchangeAuditAction } from '../exchange.audit.js';
import { ExchangeErrors } from '../exchange.errors.js';
import type { ExchangeKind } from '../exchange-records.js';
import { type Agreement, type Consent, SharingRepository } from './sharing.repository.js';

/** Deny by default: data leaves only under an agreement between nodes and the owner's consent. */
@Injectable()
export class SharingService {
  constructor(
    private readonly sharing: SharingRepository,
    private readonly audit: AuditService,
    @Inject(PARTNER_NODES) private readonly partners: PartnerNodes,
    // Absent where the node serves exchange without declarations: no dossier is then known here.
    @Optional() @Inject(recordOwners('DOSSIER')) private readonly dossiers?: RecordOwners,
  ) {}

  async putAgreement(operator: Principal, partnerNode: string, kinds: readonly ExchangeKind[]): Promise<Agreement> {
    if (!(await this.partners.baseUrl(partnerNode))) throw ExchangeErrors.partnerUnknown(partnerNode);
    return this.sharing.transaction(async (manager) => {
      const agreement = await this.sharing.putAgreement(partnerNode, [...new Set(kinds)], operator.subject, manager);
      await this.audit.record({ action: ExchangeAuditAction.AGREEMENT_PUT, actor: operator, target: { type: 'agreement', id: partnerNode }, details: { kinds: agreement.kinds } }, manager);
      return agreement;
    });
  }

  agreements(): Promise<Agreement[]> {
    return this.sharing.agreements();
  }

  async consent(caller: Principal, partnerNode: string, kind: ExchangeKind, recordId: string | null): Promise<Consent> {
    const organisationId = organisationOf(caller);
    if (!(await this.sharing.agreementCovers(partnerNode, kind))) throw ExchangeErrors.noAgreement(partnerNode, kind);
    // Only the owner consents, and only for a record that exists: the owning context says which.
    const owners = kind === 'DOSSIER' ? this.dossiers : undefined;
    if (recordId !== null && (await owners?.ownerOf(recordId)) !== organisationId) throw ExchangeErrors.consentRecordNotFound(kind, recordId);
    return this.sharing.transaction(async (manager) => {
      const consent = await this.sharing.addConsent({ organisationId, partnerNode, kind, recordId, createdBy: caller.subject }, manager);
      await this.audit.record({ action: ExchangeAuditAction.CONSENT_GIVEN, actor: caller, organisationId, target: { type: 'consent', id: consent.id }, details: { partnerNode, kind, recordId } }, manager);
      return consent;
    });
  }

  consents(caller: Principal): Promise<Consent[]> {
    return this.sharing.consents(organisationOf(caller));
  }

  async revoke(caller: Principal, id: string): Promise<void> {
    const organisationId = organisationOf(caller);
    await this.sharing.transaction(async (manager) => {
      if (!(await this.sharing.revokeConsent(organisationId, id, manager))) throw ExchangeErrors.consentNotFound(id);
      await this.audit.record({ action: ExchangeAuditAction.CONSENT_REVOKED, actor: caller, organisationId, target: { type: 'consent', id } }, manager);
    });
  }
}

function organisationOf(caller: Principal): string {
  if (!caller.organisationId) throw ExchangeErrors.consentNotFound('for an organisation unknown here');
  return caller.organisationId;
}
