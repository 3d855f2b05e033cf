import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Redis } from 'ioredis';
import type { AppConfig } from '@landsea/config';
import { InjectRedis } from '@landsea/queue';
import { IdentityErrors } from '../identity.errors.js';

const MAX_BACKOFF_MS = 60_000;

/**
 * Admits an attempt, or says why not: in one step, so that attempts arriving together cannot all
 * pass the check before any is counted. Every admitted attempt counts as a failure of its account
 * and its address until it succeeds. KEYS: account count, address count, account wait.
 * ARGV: account limit, address limit, lock seconds. Answers [0] admitted, [1|2|3, ms] refused by
 * the account, the address or the backoff wait.
 */
const ADMIT = `
local wait = redis.call('PTTL', KEYS[3])
local account = tonumber(redis.call('GET', KEYS[1]) or '0')
if account >= tonumber(ARGV[1]) then return {1, redis.call('PTTL', KEYS[1])} end
local address = tonumber(redis.call('GET', KEYS[2]) or '0')
if address >= tonumber(ARGV[2]) then return {2, redis.call('PTTL', KEYS[2])} end
if wait > 0 then return {3, wait} end
redis.call('INCR', KEYS[1])
redis.call('EXPIRE', KEYS[1], ARGV[3])
redis.call('INCR', KEYS[2])
redis.call('EXPIRE', KEYS[2], ARGV[3])
return {0, 0}`;

/** An admitted attempt succeeded: it was no failure. KEYS: account count, address count, account wait. */
const SUCCEEDED = `
redis.call('DEL', KEYS[1], KEYS[3])
if redis.call('EXISTS', KEYS[2]) == 1 and redis.call('DECR', KEYS[2]) <= 0 then redis.call('DEL', KEYS[2]) end
return 0`;

type Throttle = Redis & {
  signInAdmit(account: string, address: string, wait: string, maxAccount: number, maxAddress: number, lockSeconds: number): Promise<[number, number]>;
  signInSucceeded(account: string, address: string, wait: string): Promise<number>;
};

/**
 * Slows down and then stops password guessing, counted per account and per address in Redis and
 * so shared by every process of the node. An attempt is counted before its password is checked,
 * in the same atomic step that checks the limits: however many arrive at once, no more than
 * SIGN_IN_MAX_FAILURES of an account (SIGN_IN_MAX_FAILURES_PER_ADDRESS of an address) are checked
 * before it is locked for SIGN_IN_LOCK_SECONDS. After the second failure of an account each
 * attempt must also wait (doubling).
 */
@Injectable()
export class SignInThrottleService {
  private readonly redis: Throttle;

  constructor(
    @InjectRedis() redis: Redis,
    private readonly config: ConfigService<AppConfig, true>,
  ) {
    if (!('signInAdmit' in redis)) {
      redis.defineCommand('signInAdmit', { numberOfKeys: 3, lua: ADMIT });
      redis.defineCommand('signInSucceeded', { numberOfKeys: 3, lua: SUCCEEDED });
    }
    this.redis = redis as Throttle;
  }

  /** Counts this attempt, or throws 429 when this account or address may not try now. */
  async admit(email: string, address: string): Promise<void> {
    const [refusedBy, ms] = await this.redis.signInAdmit(
      ...keys(email, address),
      this.config.get('SIGN_IN_MAX_FAILURES', { infer: true }),
      this.config.get('SIGN_IN_MAX_FAILURES_PER_ADDRESS', { infer: true }),
      this.config.get('SIGN_IN_LOCK_SECONDS', { infer: true }),
    );
    const seconds = Math.max(1, Math.ceil(ms / 1000));
    if (refusedBy === 1) throw IdentityErrors.accountLocked(seconds);
    if (refusedBy === 2) throw IdentityErrors.addressLocked(seconds);
    if (refusedBy === 3) throw IdentityErrors.throttled(seconds);
  }

  /** The admitted attempt failed: it stays counted, and from the second failure on the next must wait. */
  async recordFailure(email: string, address: string): Promise<void> {
    const [account, , wait] = keys(email, address);
    const failures = Number(await this.redis.get(account));
    if (failures < 2) return;
    const backoff = Math.min(MAX_BACKOFF_MS, this.config.get('SIGN_IN_BACKOFF_MS', { infer: true }) * 2 ** (failures - 2));
    if (backoff > 0) await this.redis.set(wait, '1', 'PX', backoff);
  }

  /** The admitted attempt succeeded: the account's failures are forgiven, and it does not count against the address. */
  async recordSuccess(email: string, address: string): Promise<void> {
    await this.redis.signInSucceeded(...keys(email, address));
  }
}

function keys(email: string, address: string): [string, string, string] {
  const account = email.toLowerCase();
  return [`signin:failures:account:${account}`, `signin:failures:address:${address}`, `signin:wait:${account}`];
}
