import { type DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DiscoveryModule } from '@nestjs/core';
import { BullModule } from '@nestjs/bullmq';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '@landsea/config';
import { DeadLetterEntity } from './dead-letters/dead-letter.entity.js';
import { DeadLetterRepository } from './dead-letters/dead-letter.repository.js';
import { DeadLetterService } from './dead-letters/dead-letter.service.js';
import type { QueueDefinition } from './queue-definition.js';
import { QueueMetricsCollector } from './queue-metrics.collector.js';
import { redisOptions } from './redis-connection.js';
import { REDIS_CLIENT, RedisClientCloser, redisClientProvider } from './redis.provider.js';

type Config = ConfigService<AppConfig, true>;

@Global()
@Module({
  imports: [
    DiscoveryModule,
    TypeOrmModule.forFeature([DeadLetterEntity]),
    BullModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: Config) => ({
        connection: redisOptions(config.get('REDIS_URL', { infer: true })),
        prefix: config.get('REDIS_PREFIX', { infer: true }),
      }),
    }),
  ],
  providers: [redisClientProvider, RedisClientCloser, DeadLetterRepository, DeadLetterService, QueueMetricsCollector],
  exports: [REDIS_CLIENT, DeadLetterService],
})
export class QueueModule {
  /**
   * Registers a queue whose jobs retry with exponential backoff and keep their ids for a day, so
   * a job added twice under the same business id is recognised as the same job.
   */
  static registerQueue(definition: QueueDefinition): DynamicModule {
    return BullModule.registerQueueAsync({
      name: definition.name,
      inject: [ConfigService],
      useFactory: (config: Config) => ({
        defaultJobOptions: {
          attempts: config.get('QUEUE_ATTEMPTS', { infer: true }),
          backoff: { type: 'exponential', delay: config.get('QUEUE_BACKOFF_MS', { infer: true }), jitter: 0.2 },
          removeOnComplete: { age: 24 * 3600, count: 200_000 },
          removeOnFail: { age: 7 * 24 * 3600 },
        },
      }),
    });
  }
}
