/** What a context records when something happened to one of its aggregates. */
export interface NewDomainEvent {
  /** Event type, `context.verb-ed` style: `bills.transferred`. Also the job name consumers see. */
  readonly type: string;
  readonly aggregateType: string;
  readonly aggregateId: string;
  readonly payload: Record<string, unknown>;
  /** Defaults to a fresh UUID; give one when the event has a business message id already. */
  readonly id?: string;
}

/** The job data every consumer of a domain event receives. */
export interface DomainEventJob {
  readonly eventId: string;
  readonly type: string;
  readonly context: string;
  readonly aggregateType: string;
  readonly aggregateId: string;
  /** Position in the node's outbox: events of one aggregate are relayed in this order. */
  readonly sequence: string;
  readonly occurredAt: string;
  readonly correlationId: string | null;
  readonly payload: Record<string, unknown>;
}
