import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import type { QueueDefinition } from '@landsea/queue';
import { EVENT_CONSUMER } from './event-consumer.decorator.js';

/** A queue an event goes to, and whether it takes its events in batches. */
export interface EventRoute {
  readonly queue: Queue;
  readonly definition: QueueDefinition;
}

/** Which queues each event type goes to, found from the `@EventConsumer` processors at start-up. */
@Injectable()
export class EventRouter implements OnModuleInit {
  private readonly routes = new Map<string, EventRoute[]>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly moduleRef: ModuleRef,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const type = wrapper.metatype;
      if (!type || typeof type !== 'function') continue;
      const definition = Reflect.getMetadata(EVENT_CONSUMER, type) as QueueDefinition | undefined;
      if (!definition) continue;
      const queue = this.moduleRef.get<Queue>(getQueueToken(definition.name), { strict: false });
      for (const eventType of definition.jobNames) {
        this.routes.set(eventType, [...(this.routes.get(eventType) ?? []), { queue, definition }]);
      }
    }
  }

  routesFor(eventType: string): readonly EventRoute[] {
    return this.routes.get(eventType) ?? [];
  }
}
