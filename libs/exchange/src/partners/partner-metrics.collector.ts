import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { MetricsService } from '@landsea/observability';
import type { PartnerStatusDto } from './dto/partner-status.dto.js';
import { PartnersService } from './partners.service.js';

const GAUGES: ReadonlyArray<readonly [name: string, help: string, value: (p: PartnerStatusDto) => number]> = [
  ['landsea_exchange_partner_up', '1 while a partner node answers deliveries (UP), 0 while it is DOWN or being probed', (p) => (p.state === 'UP' ? 1 : 0)],
  ['landsea_exchange_partner_pending_records', 'Records queued for a partner node and not yet acknowledged by its signed receipt', (p) => p.pendingRecords],
  ['landsea_exchange_partner_failures', 'Deliveries to a partner node failed in a row', (p) => p.failures],
];

/** Publishes each partner's state and the records it is owed, read when Prometheus scrapes. */
@Injectable()
export class PartnerMetricsCollector implements OnModuleInit {
  constructor(
    private readonly partners: PartnersService,
    private readonly metrics: MetricsService,
  ) {}

  onModuleInit(): void {
    const partners = this.partners;
    for (const [name, help, value] of GAUGES) {
      new Gauge({
        name,
        help,
        labelNames: ['partner'] as const,
        registers: [this.metrics.registry],
        async collect() {
          this.reset();
          for (const p of await partners.list().catch(() => [])) this.set({ partner: p.partner }, value(p));
        },
      });
    }
  }
}
