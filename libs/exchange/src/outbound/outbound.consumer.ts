import { type DomainEventJob, EventConsumer } from '@landsea/outbox';
import { DeadLetterService, DispatchingProcessor, HandlesJob } from '@landsea/queue';
import { SHARED_EVENT_TYPES } from '../exchange-records.js';
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
    // Each job is a relay batch of events; a few in flight keep the matcher busy while the one
    // before is stored. Order does not matter at the other end, where every record is applied by
    // version (a dossier) or is a record of its own (each bill step, by sequence).
    super(deadLetters, 4);
    this.batch = new GroupCommit((events) => outbound.share(events), GROUP_MAX_EVENTS, GROUP_WAIT_MS);
  }

  // Every shareable event is matched the same way: by the record it makes (recordOf).
  @HandlesJob(...SHARED_EVENT_TYPES)
  share(event: DomainEventJob): Promise<void> {
    return this.batch.add(event);
  }
}
