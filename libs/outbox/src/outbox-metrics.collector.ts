import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { MetricsService } from '@landsea/observability';
import { OutboxRepository } from './outbox.repository.js';

/** Outbox lag: how many committed events wait for the relay, and how long the oldest has waited. */
@Injectable()
export class OutboxMetricsCollector implements OnModuleInit {
  constructor(
    private readonly outbox: OutboxRepository,
    private readonly metrics: MetricsService,
  ) {}

  onModuleInit(): void {
    const outbox = this.outbox;
    let last: Promise<{ pending: number; oldestSeconds: number } | undefined> | undefined;
    // Both gauges are read in one scrape; one query serves them.
    const read = () => (last ??= outbox.lag().catch(() => undefined).finally(() => setImmediate(() => (last = undefined))));
    new Gauge({
      name: 'landsea_outbox_pending_events',
      help: 'Committed events not yet relayed to the queues',
      registers: [this.metrics.registry],
      async collect() {
        const lag = await read();
        if (lag) this.set(lag.pending);
      },
    });
    new Gauge({
      name: 'landsea_outbox_lag_seconds',
      help: 'Age of the oldest committed event not yet relayed',
      registers: [this.metrics.registry],
      async collect() {
        const lag = await read();
        if (lag) this.set(lag.oldestSeconds);
      },
    });
  }
}
