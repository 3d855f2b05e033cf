import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { type DomainEventJob, EventConsumer } from '@landsea/outbox';
import { DeadLetterService, DispatchingProcessor, HandlesJob } from '@landsea/queue';
import { recordOf } from '../exchange-records.js';
import { SharingRepository } from '../sharing/sharing.repository.js';
import { EXCHANGE_DELIVERY, EXCHANGE_EVENTS } from './exchange-queues.js';
import { OutboundRepository } from './outbound.repository.js';

const DELIVERY_WINDOW_MS = 100;

/**
 * Matches each shareable event to the agreements and consents that let it leave, queues the
 * record for those partners, and asks for a delivery. Nothing leaves without both.
 */
@EventConsumer(EXCHANGE_EVENTS)
export class OutboundConsumer extends DispatchingProcessor {
  protected readonly definition = EXCHANGE_EVENTS;

  constructor(
    deadLetters: DeadLetterService,
    private readonly sharing: SharingRepository,
    private readonly outbound: OutboundRepository,
    @InjectQueue(EXCHANGE_DELIVERY.name) private readonly deliveries: Queue,
  ) {
    // Several at once: order does not matter at the other end, where every record is applied by
    // version (a dossier) or is a record of its own (each bill step, by sequence).
    super(deadLetters, 8);
  }

  @HandlesJob('declarations.dossier-saved')
  dossierSaved(event: DomainEventJob): Promise<void> {
    return this.share(event);
  }

  @HandlesJob('declarations.dossier-amended')
  dossierAmended(event: DomainEventJob): Promise<void> {
    return this.share(event);
  }

  @HandlesJob('bills.entry-recorded')
  billEntry(event: DomainEventJob): Promise<void> {
    return this.share(event);
  }

  @HandlesJob('declarations.filing-submitted')
  filingSubmitted(event: DomainEventJob): Promise<void> {
    return this.share(event);
  }

  @HandlesJob('declarations.filing-summary-submitted')
  filingSummarySubmitted(event: DomainEventJob): Promise<void> {
    return this.share(event);
  }

  @HandlesJob('declarations.filing-complete-submitted')
  filingCompleteSubmitted(event: DomainEventJob): Promise<void> {
    return this.share(event);
  }

  @HandlesJob('declarations.filing-receipt-posted')
  filingReceipt(event: DomainEventJob): Promise<void> {
    return this.share(event);
  }

  @HandlesJob('identity.organisation-reviewed')
  organisationReviewed(event: DomainEventJob): Promise<void> {
    return this.share(event);
  }

  @HandlesJob('identity.organisation-suspended')
  organisationSuspended(event: DomainEventJob): Promise<void> {
    return this.share(event);
  }

  private async share(event: DomainEventJob): Promise<void> {
    const shared = recordOf(event);
    if (!shared) return;
    const covered = await this.sharing.partnersFor(shared.record.kind);
    if (covered.length === 0) return;
    const partners = shared.owner
      ? await this.sharing.consentingPartners(shared.owner, shared.record.kind, shared.record.id, covered)
      : shared.dossierId
        ? await this.outbound.partnersSharing('DOSSIER', shared.dossierId, covered)
        : covered;
    await this.outbound.enqueue(partners, event.eventId, shared.record);
    // One delivery per partner per window, run when the window has closed: every record queued
    // in the window is in the table by then, and a busy stream sends full envelopes.
    const window = Math.floor(Date.now() / DELIVERY_WINDOW_MS);
    await Promise.all(
      partners.map((partner) => this.deliveries.add('exchange.deliver', { partner }, { jobId: `deliver-${partner}-${window}`, delay: DELIVERY_WINDOW_MS })),
    );
  }
}
