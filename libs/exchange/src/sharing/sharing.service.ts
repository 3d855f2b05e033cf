import { Inject, Injectable, Optional } from '@nestjs/common';
import { PARTNER_NODES, type PartnerNodes, type Principal } from '@landsea/auth';
import { recordOwners, type RecordOwners } from '../client/record-owners.js';
import { ExchangeErrors } from '../exchange.errors.js';
import type { ExchangeKind } from '../exchange-records.js';
import { type Agreement, type Consent, SharingRepository } from './sharing.repository.js';

/** Deny by default: data leaves only under an agreement between nodes and the owner's consent. */
@Injectable()
export class SharingService {
  constructor(
    private readonly sharing: SharingRepository,
    @Inject(PARTNER_NODES) private readonly partners: PartnerNodes,
    // Absent where the node serves exchange without declarations: no dossier is then known here.
    @Optional() @Inject(recordOwners('DOSSIER')) private readonly dossiers?: RecordOwners,
  ) {}

  async putAgreement(operator: Principal, partnerNode: string, kinds: readonly ExchangeKind[]): Promise<Agreement> {
    if (!(await this.partners.baseUrl(partnerNode))) throw ExchangeErrors.partnerUnknown(partnerNode);
    return this.sharing.putAgreement(partnerNode, [...new Set(kinds)], operator.subject);
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
    return this.sharing.addConsent({ organisationId, partnerNode, kind, recordId, createdBy: caller.subject });
  }

  consents(caller: Principal): Promise<Consent[]> {
    return this.sharing.consents(organisationOf(caller));
  }

  async revoke(caller: Principal, id: string): Promise<void> {
    if (!(await this.sharing.revokeConsent(organisationOf(caller), id))) throw ExchangeErrors.consentNotFound(id);
  }
}

function organisationOf(caller: Principal): string {
  if (!caller.organisationId) throw ExchangeErrors.consentNotFound('for an organisation unknown here');
  return caller.organisationId;
}
