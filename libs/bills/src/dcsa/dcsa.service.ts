import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ORGANISATION_DIRECTORY, type OrganisationDirectory, type Principal } from '@landsea/auth';
import type { AppConfig } from '@landsea/config';
import type { BillParty } from '../bills/bill-document.js';
import type { BillEntity } from '../bills/bill.entity.js';
import { BillsService } from '../bills/bills.service.js';
import { exportTransportDocument } from './dcsa-export.js';
import { type TransportDocument, type TransportDocumentContext, transportDocumentStatus } from './dcsa-transport-document.js';

/** The bills of this node in DCSA's terms, for the world's eBL platforms and carriers' systems. */
@Injectable()
export class DcsaService {
  constructor(
    private readonly bills: BillsService,
    private readonly config: ConfigService<AppConfig, true>,
    @Inject(ORGANISATION_DIRECTORY) private readonly directory: OrganisationDirectory,
  ) {}

  /** The bill as it stands, to a party to it, as a validated DCSA eBL 3.0.4 Transport Document. */
  async transportDocument(caller: Principal, id: string): Promise<TransportDocument> {
    const bill = await this.bills.get(caller, id);
    const context = this.context(transportDocumentStatus(bill.state, bill.surrenderPurpose));
    return exportTransportDocument(bill.document, { ...context, endorsee: await this.endorsee(bill) });
  }

  /** The node answers for the electronic documents it keeps: its operator is the contact. */
  context(status: TransportDocumentContext['status']): TransportDocumentContext {
    return { status, contact: { name: `Landsea ${this.config.get('NODE_PROVINCE', { infer: true })} node`, email: this.config.get('NODE_OPERATOR_EMAIL', { infer: true }) } };
  }

  /** A bill to order passed on by endorsement names its holder as endorsee. */
  private async endorsee(bill: BillEntity): Promise<BillParty | undefined> {
    if (bill.kind !== 'TO_ORDER' || bill.holderParty === bill.document.shipper.id || bill.holderParty === bill.carrierParty) return undefined;
    const holder = await this.directory.byId(bill.holderOrganisationId);
    return holder ? { id: bill.holderParty, name: holder.name, country: holder.country } : undefined;
  }
}
