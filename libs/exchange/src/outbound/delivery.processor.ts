import { Processor } from '@nestjs/bullmq';
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
  ) {
    // Several partners at once: a slow or dead one holds one slot, never all of them.
    super(deadLetters, 4);
  }

  @HandlesJob('exchange.deliver')
  async deliver(data: { partner: string }): Promise<{ delivered: number }> {
    return { delivered: await this.delivery.deliver(data.partner) };
  }
}
