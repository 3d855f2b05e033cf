import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Redis } from 'ioredis';
import type { AppConfig } from '@landsea/config';
import { InjectRedis } from '@landsea/queue';
import { IdentityErrors } from '../identity.errors.js';

const MAX_BACKOFF_MS = 60_000;

/**
 * Slows down and then stops password guessing: failures are counted per account and per
 * address in Redis. After the second failure of an account each attempt must wait (doubling),
 * and after SIGN_IN_MAX_FAILURES the account is locked for SIGN_IN_LOCK_SECONDS; an address
 * failing against many accounts is locked the same way.
 */
@Injectable()
export class SignInThrottleService {
  constructor(
    @InjectRedis() private readonly redis: Redis,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  /** Throws 429 when this account or address may not try now. */
  async assertMayTry(email: string, address: string): Promise<void> {
    const account = email.toLowerCase();
    const [accountLock, addressLock, wait] = await Promise.all([
      this.redis.pttl(`signin:lock:account:${account}`),
      this.redis.pttl(`signin:lock:address:${address}`),
      this.redis.pttl(`signin:wait:${account}`),
    ]);
    if (accountLock > 0) throw IdentityErrors.accountLocked(Math.ceil(accountLock / 1000));
    if (addressLock > 0) throw IdentityErrors.addressLocked(Math.ceil(addressLock / 1000));
    if (wait > 0) throw IdentityErrors.throttled(Math.ceil(wait / 1000));
  }

  async recordFailure(email: string, address: string): Promise<void> {
    const account = email.toLowerCase();
    const lockSeconds = this.config.get('SIGN_IN_LOCK_SECONDS', { infer: true });
    const [[, accountFailures], [, addressFailures]] = (await this.redis
      .multi()
      .incr(`signin:failures:account:${account}`)
      .incr(`signin:failures:address:${address}`)
      .expire(`signin:failures:account:${account}`, lockSeconds)
      .expire(`signin:failures:address:${address}`, lockSeconds)
      .exec()) as Array<[Error | null, number]>;
    const writes = this.redis.multi();
    if (accountFailures >= this.config.get('SIGN_IN_MAX_FAILURES', { infer: true })) {
      writes.set(`signin:lock:account:${account}`, '1', 'EX', lockSeconds).del(`signin:failures:account:${account}`);
    } else if (accountFailures >= 2) {
      const backoff = Math.min(MAX_BACKOFF_MS, this.config.get('SIGN_IN_BACKOFF_MS', { infer: true }) * 2 ** (accountFailures - 2));
      if (backoff > 0) writes.set(`signin:wait:${account}`, '1', 'PX', backoff);
    }
    if (addressFailures >= this.config.get('SIGN_IN_MAX_FAILURES_PER_ADDRESS', { infer: true })) {
      writes.set(`signin:lock:address:${address}`, '1', 'EX', lockSeconds).del(`signin:failures:address:${address}`);
    }
    await writes.exec();
  }

  async recordSuccess(email: string): Promise<void> {
    const account = email.toLowerCase();
    await this.redis.del(`signin:failures:account:${account}`, `signin:wait:${account}`);
  }
}
