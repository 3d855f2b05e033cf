import { type DomainEventJob, EventConsumer } from '@landsea/outbox';
import { DeadLetterService, DispatchingProcessor, HandlesJob } from '@landsea/queue';
import { EXCHANGE_EVENTS } from './exchange-queues.js';
import { GroupCommit } from './group-commit.js';
import { OutboundService } from './outbound.service.js';

const GROUP_MAX_EVENTS = 250;
const GROUP_WAIT_MS = 5;

/**
 * Takes each shareable event into a short batch that is matched to agreements and consents and
 * queued for partners in a few statements; the event's job completes once its batch is stored,
 * so a node that dies mid-batch leaves the jobs in the queue to run again.
 */
@EventConsumer(EXCHANGE_EVENTS)
export class OutboundConsumer extends DispatchingProcessor {
  protected readonly definition = EXCHANGE_EVENTS;
  private readonly batch: GroupCommit<DomainEventJob>;

  constructor(deadLetters: DeadLetterService, outbound: OutboundService) {
    // Enough jobs in flight to fill one batch while the one before is stored. Order does not
    // matter at the other end, where every record is applied by version (a dossier) or is a
    // record of its own (each bill step, by sequence).
    super(deadLetters, 2 * GROUP_MAX_EVENTS);
    this.batch = new GroupCommit((events) => outbound.share(events), GROUP_MAX_EVENTS, GROUP_WAIT_MS);
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

  private share(event: DomainEventJob): Promise<void> {
    return this.batch.add(event);
  }
}
