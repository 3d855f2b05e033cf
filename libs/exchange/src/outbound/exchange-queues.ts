import { defineQueue } from '@landsea/queue';
import { SHARED_EVENT_TYPES } from '../exchange-records.js';

/**
 * The domain events other contexts record that may be shared with partner nodes. The relay hands
 * them over a batch per job: matching is idempotent by event id and order-free, and one Redis
 * round trip per event was what bounded the exchange's throughput.
 */
export const EXCHANGE_EVENTS = defineQueue('exchange-events', SHARED_EVENT_TYPES, { takesBatches: true });

/** Deliveries to partner nodes: one job per change, each sending everything the partner is owed. */
export const EXCHANGE_DELIVERY = defineQueue('exchange-delivery', ['exchange.deliver']);
