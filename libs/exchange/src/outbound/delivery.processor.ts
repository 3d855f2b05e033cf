import { randomUUID } from 'node:crypto';
import { InjectQueue, Processor } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DeadLetterService, DispatchingProcessor, HandlesJob } from '@landsea/queue';
import { DeliveryService } from './delivery.service.js';
import { EXCHANGE_DELIVERY } from './exchange-queues.js';

/** Runs deliveries; a partner that is down is retried with backoff, then dead-lettered for replay. */
@Processor(EXCHANGE_DELIVERY.name)
export class DeliveryProcessor extends DispatchingProcessor {
  protected readonly definition = EXCHANGE_DELIVERY;

  constructor(
    deadLetters: DeadLetterService,
    private readonly delivery: DeliveryService,
    @InjectQueue(EXCHANGE_DELIVERY.name) private readonly deliveries: Queue,
  ) {
    // Several partners at once: a slow or dead one holds one slot, never all of them.
    super(deadLetters, 4);
  }

  /**
   * A process killed mid-delivery leaves records owed whose only job is stalled or backed off
   * for minutes: starting again, the node sends what each partner is owed right away.
   */
  override async onApplicationBootstrap(): Promise<void> {
    super.onApplicationBootstrap();
    for (const partner of await this.delivery.owedPartners()) {
      await this.deliveries.add('exchange.deliver', { partner }, { jobId: `deliver-${partner}-start-${randomUUID()}` });
    }
  }

  @HandlesJob('exchange.deliver')
  async deliver(data: { partner: string }): Promise<{ delivered: number }> {
    return { delivered: await this.delivery.deliver(data.partner) };
  }
}
