import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Redis } from 'ioredis';
import type { AppConfig } from '@landsea/config';
import { InjectRedis } from '@landsea/queue';

/** UP: deliveries go out. DOWN: nothing is sent until the next probe. PROBING: a probe is out. */
export type PartnerStateName = 'UP' | 'DOWN' | 'PROBING';

export interface PartnerState {
  readonly state: PartnerStateName;
  /** When the partner came UP or went DOWN; null for a partner never failed nor answered. */
  readonly since: Date | null;
  /** Failed deliveries in a row. */
  readonly failures: number;
  readonly lastError: string | null;
  readonly lastErrorAt: Date | null;
  /** When the next try is due: a retry while UP, a probe while DOWN; null when nothing waits. */
  readonly nextProbeAt: Date | null;
}

/** What a delivery may do now: send, send as the probe of a partner that was away, or wait for the probe. */
export type Gate = { readonly mode: 'SEND' } | { readonly mode: 'PROBE' | 'WAIT'; readonly nextProbeAt: number };

// Redis's clock for every process of the node; the wait before try n (n failures in a row):
// backoff doubling up to the threshold, then the probe delay doubling, never over the cap.
const CLOCK_AND_DELAY = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local threshold, backoff, openMs, cap = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local function delay(n)
  if n < threshold then return math.floor(math.min(backoff * 2 ^ (n - 1), cap)) end
  return math.floor(math.min(openMs * 2 ^ (n - threshold), cap))
end
`;

/** A failure: one more in a row; DOWN at the threshold (since now, unless it was already away); the next try's time. */
const FAILED = `${CLOCK_AND_DELAY}
local failures = redis.call('HINCRBY', KEYS[1], 'failures', 1)
local state = redis.call('HGET', KEYS[1], 'state')
local next = now + delay(failures)
if failures >= threshold then
  if state ~= 'DOWN' and state ~= 'PROBING' then redis.call('HSET', KEYS[1], 'since', now) end
  state = 'DOWN'
else
  state = 'UP'
end
redis.call('HSET', KEYS[1], 'state', state, 'lastError', ARGV[5], 'lastErrorAt', now, 'nextProbeAt', next)
return {state, next}`;

/**
 * Whether a delivery may go now. A partner that is away waits for its probe time; then one caller
 * (atomically) takes the probe, and the next probe is set as if this one fails, in case its process dies.
 */
const GATE = `${CLOCK_AND_DELAY}
local state = redis.call('HGET', KEYS[1], 'state')
if not state or state == 'UP' then return {'SEND', 0} end
local next = tonumber(redis.call('HGET', KEYS[1], 'nextProbeAt') or '0')
if now < next then return {'WAIT', next} end
next = now + delay(tonumber(redis.call('HGET', KEYS[1], 'failures') or '0') + 1)
redis.call('HSET', KEYS[1], 'state', 'PROBING', 'nextProbeAt', next)
return {'PROBE', next}`;

/** A signed receipt: UP, no failures; the state it was in before (false when unchanged). */
const SUCCEEDED = `
local state = redis.call('HGET', KEYS[1], 'state')
local failures = redis.call('HGET', KEYS[1], 'failures')
if state == 'UP' and failures == '0' then return false end
local t = redis.call('TIME')
if state ~= 'UP' then redis.call('HSET', KEYS[1], 'since', tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)) end
redis.call('HSET', KEYS[1], 'state', 'UP', 'failures', 0, 'nextProbeAt', 0)
return state or 'NEW'`;

interface PartnerStateCommands {
  exchangePartnerFailed(key: string, ...args: Array<string | number>): Promise<[PartnerStateName, number]>;
  exchangePartnerGate(key: string, ...args: Array<string | number>): Promise<['SEND' | 'PROBE' | 'WAIT', number]>;
  exchangePartnerSucceeded(key: string): Promise<string | null>;
}

/**
 * Each partner's reachability, in Redis under the node's prefix: one state for every process of
 * the node, changed by scripts so that two processes never both take a probe or lose a failure.
 */
@Injectable()
export class PartnerStateRepository {
  private readonly redis: Redis & PartnerStateCommands;
  private readonly clocks: number[];

  constructor(@InjectRedis() redis: Redis, config: ConfigService<AppConfig, true>) {
    redis.defineCommand('exchangePartnerFailed', { numberOfKeys: 1, lua: FAILED });
    redis.defineCommand('exchangePartnerGate', { numberOfKeys: 1, lua: GATE });
    redis.defineCommand('exchangePartnerSucceeded', { numberOfKeys: 1, lua: SUCCEEDED });
    this.redis = redis as Redis & PartnerStateCommands;
    this.clocks = [
      config.get('EXCHANGE_BREAKER_THRESHOLD', { infer: true }),
      config.get('QUEUE_BACKOFF_MS', { infer: true }),
      config.get('EXCHANGE_BREAKER_OPEN_MS', { infer: true }),
      config.get('EXCHANGE_PROBE_MAX_MS', { infer: true }),
    ];
  }

  async gate(partner: string): Promise<Gate> {
    const [mode, nextProbeAt] = await this.redis.exchangePartnerGate(key(partner), ...this.clocks);
    return mode === 'SEND' ? { mode } : { mode, nextProbeAt: Number(nextProbeAt) };
  }

  /** Counts a failure; the partner's state after it and when it is to be tried next (epoch ms). */
  async failed(partner: string, error: string): Promise<{ state: PartnerStateName; nextProbeAt: number }> {
    const [state, nextProbeAt] = await this.redis.exchangePartnerFailed(key(partner), ...this.clocks, error.slice(0, 500));
    return { state, nextProbeAt: Number(nextProbeAt) };
  }

  /** Marks the partner UP; the state it was in before when that changed (DOWN, PROBING, UP after failures, NEW). */
  async succeeded(partner: string): Promise<string | null> {
    return this.redis.exchangePartnerSucceeded(key(partner));
  }

  async find(partner: string): Promise<PartnerState> {
    const h = await this.redis.hgetall(key(partner));
    const time = (ms: string | undefined) => (ms && Number(ms) > 0 ? new Date(Number(ms)) : null);
    return {
      state: (h.state as PartnerStateName | undefined) ?? 'UP',
      since: time(h.since),
      failures: Number(h.failures ?? 0),
      lastError: h.lastError ?? null,
      lastErrorAt: time(h.lastErrorAt),
      nextProbeAt: time(h.nextProbeAt),
    };
  }
}

function key(partner: string): string {
  return `exchange:partner:${partner}`;
}
