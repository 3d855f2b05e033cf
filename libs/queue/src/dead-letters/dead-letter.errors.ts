import { HttpStatus } from '@nestjs/common';
import { DomainError } from '@landsea/errors';

export enum QueueErrorCode {
  DEAD_LETTER_NOT_FOUND = 'DEAD_LETTER_NOT_FOUND',
  DEAD_LETTER_QUEUE_UNKNOWN = 'DEAD_LETTER_QUEUE_UNKNOWN',
}

export const deadLetterNotFound = (id: string): DomainError =>
  new DomainError(HttpStatus.NOT_FOUND, QueueErrorCode.DEAD_LETTER_NOT_FOUND, {
    en: `No dead letter with id ${id}`,
    'zh-CN': `没有编号为 ${id} 的死信`,
  });

export const deadLetterQueueUnknown = (queue: string): DomainError =>
  new DomainError(
    HttpStatus.CONFLICT,
    QueueErrorCode.DEAD_LETTER_QUEUE_UNKNOWN,
    {
      en: `Queue ${queue} is not served by this node, so its dead letter cannot be replayed here`,
      'zh-CN': `本节点不处理队列 ${queue}，因此不能在此重放其死信`,
    },
  );
