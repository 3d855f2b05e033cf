import { Processor } from '@nestjs/bullmq';
import { type Job, UnrecoverableError } from 'bullmq';
import { DeadLetterService, DispatchingProcessor, HandlesJob } from '@landsea/queue';
import { DeliveryRefused, DeliveryService } from './delivery.service.js';
import { EXCHANGE_DELIVERY } from './exchange-queues.js';

/**
 * Runs deliveries. A partner that is away is no failure of the job: its records stay owed and
 * its probe is queued. Only an envelope the partner refuses becomes a dead letter, at once;
 * replaying it sends its records again.
 */
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

  /**
   * A process killed mid-delivery leaves records owed whose only job is stalled or backed off
   * for minutes: starting again, the node sends what each partner is owed right away.
   */
  override async onApplicationBootstrap(): Promise<void> {
    super.onApplicationBootstrap();
    await this.delivery.resumeOwed();
  }

  @HandlesJob('exchange.deliver')
  async deliver(data: { partner: string; reopen?: string }, job: Job): Promise<{ delivered: number }> {
    try {
      return { delivered: await this.delivery.deliver(data.partner, data.reopen) };
    } catch (error) {
      if (!(error instanceof DeliveryRefused)) throw error;
      // The dead letter keeps which envelope was refused, so that replaying it sends those records again.
      await job.updateData({ partner: data.partner, reopen: error.messageId });
      throw new UnrecoverableError(error.message);
    }
  }
}
