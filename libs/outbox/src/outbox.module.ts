import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { EventRouter } from './event-router.js';
import { OutboxMetricsCollector } from './outbox-metrics.collector.js';
import { OutboxRelayService } from './outbox-relay.service.js';
import { OutboxRepository } from './outbox.repository.js';
import { OutboxService } from './outbox.service.js';

@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [OutboxRepository, OutboxService, EventRouter, OutboxRelayService, OutboxMetricsCollector],
  exports: [OutboxService, OutboxRelayService],
})
export class OutboxModule {}
