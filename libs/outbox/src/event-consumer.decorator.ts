import { applyDecorators, SetMetadata } from '@nestjs/common';
import { Processor } from '@nestjs/bullmq';
import type { QueueDefinition } from '@landsea/queue';

export const EVENT_CONSUMER = 'landsea:event-consumer';

/**
 * Makes a DispatchingProcessor the consumer of the domain events its queue definition lists:
 * the relay puts each such event on this queue, job name = event type, job id = event id.
 */
export const EventConsumer = (definition: QueueDefinition): ClassDecorator =>
  applyDecorators(SetMetadata(EVENT_CONSUMER, definition), Processor(definition.name));
