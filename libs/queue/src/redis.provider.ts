import { Inject, Injectable, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Redis } from 'ioredis';
import type { AppConfig } from '@landsea/config';
import { redisOptions } from './redis-connection.js';

export const REDIS_CLIENT = Symbol('REDIS_CLIENT');
export const InjectRedis = (): ParameterDecorator => Inject(REDIS_CLIENT);

/**
 * A general-purpose client for the node's own keys (all under REDIS_PREFIX). It fails fast while
 * Redis is down instead of queueing commands, and gives up on a command Redis does not answer
 * within 2 s, so readiness reports the outage at once and requests answer 503 instead of waiting.
 */
export const redisClientProvider: Provider = {
  provide: REDIS_CLIENT,
  inject: [ConfigService],
  useFactory: (config: ConfigService<AppConfig, true>): Redis => {
    const client = new Redis({
      ...redisOptions(config.get('REDIS_URL', { infer: true })),
      keyPrefix: `${config.get('REDIS_PREFIX', { infer: true })}:`,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
      commandTimeout: 2000,
    });
    client.on('error', () => undefined);
    return client;
  },
};

/** Closes the general-purpose client when the node stops, after the workers have drained. */
@Injectable()
export class RedisClientCloser implements OnApplicationShutdown {
  constructor(@InjectRedis() private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
