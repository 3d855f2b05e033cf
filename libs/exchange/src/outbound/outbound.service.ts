import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import type { DomainEventJob } from '@landsea/outbox';
import { recordOf, type SharedRecord } from '../exchange-records.js';
import { SharingRepository } from '../sharing/sharing.repository.js';
import { EXCHANGE_DELIVERY } from './exchange-queues.js';
import { type OutboundRow, OutboundRepository } from './outbound.repository.js';

const DELIVERY_WINDOW_MS = 100;

/**
 * Matches shareable events to the agreements and consents that let their records leave, many
 * events at once, queues each record for those partners, and asks for deliveries. Nothing leaves
 * without both: agreements and consents are read afresh for every batch.
 */
@Injectable()
export class OutboundService {
  constructor(
    private readonly sharing: SharingRepository,
    private readonly outbound: OutboundRepository,
    @InjectQueue(EXCHANGE_DELIVERY.name) private readonly deliveries: Queue,
  ) {}

  async share(events: readonly DomainEventJob[]): Promise<void> {
    const shared = events
      .flatMap((event) => {
        const s = recordOf(event);
        return s ? [{ eventId: event.eventId, sequence: BigInt(event.sequence), ...s }] : [];
      })
      .sort((a, b) => (a.sequence < b.sequence ? -1 : a.sequence > b.sequence ? 1 : 0));
    if (shared.length === 0) return;
    const covered = new Map<string, string[]>();
    for (const agreement of await this.sharing.agreements()) {
      for (const kind of agreement.kinds) covered.set(kind, [...(covered.get(kind) ?? []), agreement.partnerNode]);
    }
    const coveredFor = (s: SharedRecord) => covered.get(s.record.kind) ?? [];
    // An owner that is not an organisation id here has consented to nothing.
    const owned = shared.filter((s) => s.owner && isUUID(s.owner) && coveredFor(s).length > 0);
    const following = shared.filter((s) => !s.owner && s.dossierId && coveredFor(s).length > 0);
    const [consented, sentBefore] = await Promise.all([
      this.sharing.consentingPartners(owned.map((s) => ({ organisationId: s.owner as string, kind: s.record.kind, recordId: s.record.id }))),
      this.outbound.partnersSharing('DOSSIER', following.map((s) => s.dossierId as string), [...new Set(following.flatMap(coveredFor))]),
    ]);
    const consentOf = new Map(owned.map((s, i) => [s, consented[i]]));

    // In event order, so a bill event also follows its dossier when both are in this batch.
    const sentNow = new Map<string, string[]>();
    const rows: OutboundRow[] = [];
    for (const s of shared) {
      // A record of no owner and no dossier (a directory entry) needs the agreement alone.
      const candidates = s.owner
        ? (consentOf.get(s) ?? [])
        : s.dossierId
          ? [...(sentBefore.get(s.dossierId) ?? []), ...(sentNow.get(s.dossierId) ?? [])]
          : coveredFor(s);
      const partners = [...new Set(candidates)].filter((p) => coveredFor(s).includes(p));
      if (s.record.kind === 'DOSSIER' && s.dossierId) sentNow.set(s.dossierId, [...(sentNow.get(s.dossierId) ?? []), ...partners]);
      rows.push(...partners.map((partner) => ({ partner, eventId: s.eventId, record: s.record })));
    }
    await this.outbound.enqueue(rows);
    // One delivery per partner per window, run when the window has closed: every record queued
    // in the window is in the table by then, and a busy stream sends full envelopes.
    const window = Math.floor(Date.now() / DELIVERY_WINDOW_MS);
    await Promise.all(
      [...new Set(rows.map((r) => r.partner))].map((partner) =>
        this.deliveries.add('exchange.deliver', { partner }, { jobId: `deliver-${partner}-${window}`, delay: DELIVERY_WINDOW_MS }),
      ),
    );
  }
}
