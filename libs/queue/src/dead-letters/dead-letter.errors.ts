import { HttpStatus } from '@nestjs/common';
import { DomainError } from '@landsea/errors';

export enum QueueErrorCode {
  DEAD_LETTER_NOT_FOUND = 'DEAD_LETTER_NOT_FOUND',
  DEAD_LETTER_QUEUE_UNKNOWN = 'DEAD_LETTER_QUEUE_UNKNOWN',
}

export const deadLetterNotFound = (id: string): DomainError =>
  new DomainError(HttpStatus.NOT_FOUND, QueueErrorCode.DEAD_LETTER_NOT_FOUND, `No dead letter with id ${id}`);

export const deadLetterQueueUnknown = (queue: string): DomainError =>
  new DomainError(
    HttpStatus.CONFLICT,
    QueueErrorCode.DEAD_LETTER_QUEUE_UNKNOWN,
    `Queue ${queue} is not served by this node, so its dead letter cannot be replayed here`,
  );
