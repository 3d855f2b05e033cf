import { Injectable } from '@nestjs/common';
import { OutboundRepository } from '../outbound/outbound.repository.js';
import { SharingRepository } from '../sharing/sharing.repository.js';
import type { PartnerStatusDto } from './dto/partner-status.dto.js';
import { PartnerStateRepository } from './partner-state.repository.js';

/** The partners this node sends to (by agreement, or still owed records), with their state and what they are owed. */
@Injectable()
export class PartnersService {
  constructor(
    private readonly states: PartnerStateRepository,
    private readonly outbound: OutboundRepository,
    private readonly sharing: SharingRepository,
  ) {}

  async list(): Promise<PartnerStatusDto[]> {
    const [agreements, pending] = await Promise.all([this.sharing.agreements(), this.outbound.pendingCounts()]);
    const partners = [...new Set([...agreements.map((a) => a.partnerNode), ...pending.keys()])].sort();
    return Promise.all(partners.map(async (partner) => ({ partner, ...(await this.states.find(partner)), pendingRecords: pending.get(partner) ?? 0 })));
  }
}
