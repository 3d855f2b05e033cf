import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Queue } from 'bullmq';
import { Gauge } from 'prom-client';
import { MetricsService } from '@landsea/observability';
import { withinRedisDeadline } from './redis-deadline.js';

const STATES = ['waiting', 'active', 'delayed', 'failed', 'prioritized', 'waiting-children'] as const;

/** Publishes every queue's job counts by state, read from Redis when Prometheus scrapes; left out while Redis is down. */
@Injectable()
export class QueueMetricsCollector implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly metrics: MetricsService,
  ) {}

  onModuleInit(): void {
    const queues = (): Queue[] =>
      this.discovery
        .getProviders()
        .map((wrapper) => wrapper.instance as unknown)
        .filter((instance): instance is Queue => instance instanceof Queue);
    new Gauge({
      name: 'landsea_queue_jobs',
      help: 'Jobs in each queue by state',
      labelNames: ['queue', 'state'] as const,
      registers: [this.metrics.registry],
      async collect() {
        await Promise.all(
          queues().map(async (queue) => {
            const counts = await withinRedisDeadline(queue.getJobCounts(...STATES)).catch(() => undefined);
            if (counts) for (const state of STATES) this.set({ queue: queue.name, state }, counts[state] ?? 0);
          }),
        );
      },
    });
  }
}
