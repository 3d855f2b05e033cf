import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RequestContext } from '@landsea/observability';
import type { NewDomainEvent } from './domain-event.js';
import { OutboxRepository } from './outbox.repository.js';

/**
 * How a context publishes: `record` writes its events through the same EntityManager (the same
 * transaction) as the change itself, so an event exists exactly when its change committed.
 *
 * Events of one aggregate reach consumers in the order they were recorded provided the writer
 * holds the aggregate's row lock while recording, as any change to an aggregate should.
 */
@Injectable()
export class OutboxService {
  constructor(private readonly outbox: OutboxRepository) {}

  async record(manager: EntityManager, context: string, events: NewDomainEvent | readonly NewDomainEvent[]): Promise<string[]> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('Outbox events must be recorded inside the transaction of the change that causes them');
    }
    const list = Array.isArray(events) ? (events as readonly NewDomainEvent[]) : [events as NewDomainEvent];
    const correlationId = RequestContext.correlationId() ?? null;
    const rows = list.map((event) => ({
      id: event.id ?? randomUUID(),
      context,
      type: event.type,
      aggregateType: event.aggregateType,
      aggregateId: event.aggregateId,
      payload: event.payload,
      correlationId,
    }));
    await this.outbox.insert(manager, rows);
    return rows.map((row) => row.id);
  }
}
