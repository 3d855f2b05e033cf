import { randomUUID } from 'node:crypto';
import { ConfigService } from '@nestjs/config';
import { Redis } from 'ioredis';
import { type AppConfig, loadConfig } from '@landsea/config';
import { redisOptions } from '@landsea/queue';
import { PartnerStateRepository } from './partner-state.repository.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const CLOCKS = { EXCHANGE_BREAKER_THRESHOLD: '3', QUEUE_BACKOFF_MS: '20', EXCHANGE_BREAKER_OPEN_MS: '100', EXCHANGE_PROBE_MAX_MS: '300' };

/** Two processes of one node: each its own Redis client, both under the node's prefix. */
describe('PartnerStateRepository, shared by the processes of a node', () => {
  const prefix = `landsea-test-${randomUUID().slice(0, 8)}`;
  const clients = [0, 1].map(() => new Redis({ ...redisOptions(REDIS_URL), keyPrefix: `${prefix}:` }));
  const config = new ConfigService<AppConfig, true>(loadConfig({ ...CLOCKS, REDIS_URL }));
  const [one, two] = clients.map((client) => new PartnerStateRepository(client, config));
  afterAll(async () => {
    await clients[0].del('exchange:partner:GX');
    await Promise.all(clients.map((c) => c.quit()));
  });

  it('counts failures from every process, probes once at a time with capped backoff, and is UP again on a receipt', async () => {
    expect(await one.find('GX')).toMatchObject({ state: 'UP', since: null, failures: 0 });
    expect(await one.failed('GX', 'fetch failed')).toMatchObject({ state: 'UP' });
    expect(await two.failed('GX', 'fetch failed')).toMatchObject({ state: 'UP' });
    // A partner that failed but is not DOWN yet is still sent to.
    expect(await one.gate('GX')).toEqual({ mode: 'SEND' });
    const down = await two.failed('GX', '503 Service Unavailable');
    expect(down.state).toBe('DOWN');
    const seen = await one.find('GX');
    expect(seen).toMatchObject({ state: 'DOWN', failures: 3, lastError: '503 Service Unavailable' });
    expect(seen.nextProbeAt?.getTime()).toBe(down.nextProbeAt);
    expect(down.nextProbeAt - (seen.lastErrorAt as Date).getTime()).toBe(100);

    // Until the probe is due, neither process sends; then exactly one of them takes the probe.
    expect((await Promise.all([one.gate('GX'), two.gate('GX')])).map((g) => g.mode)).toEqual(['WAIT', 'WAIT']);
    await new Promise((r) => setTimeout(r, down.nextProbeAt - Date.now() + 20));
    const gates = await Promise.all([one.gate('GX'), two.gate('GX')]);
    expect(gates.map((g) => g.mode).sort()).toEqual(['PROBE', 'WAIT']);
    expect((await two.find('GX')).state).toBe('PROBING');

    // A failed probe: DOWN since the first time, and the next probe twice as far, then at the cap.
    const since = seen.since;
    const again = await one.failed('GX', 'fetch failed');
    const after = await two.find('GX');
    expect(after).toMatchObject({ state: 'DOWN', failures: 4, since });
    expect(again.nextProbeAt - (after.lastErrorAt as Date).getTime()).toBe(200);
    await two.failed('GX', 'fetch failed');
    const capped = await one.find('GX');
    expect((capped.nextProbeAt as Date).getTime() - (capped.lastErrorAt as Date).getTime()).toBe(300);

    expect(await two.succeeded('GX')).toBe('DOWN');
    expect(await one.find('GX')).toMatchObject({ state: 'UP', failures: 0, nextProbeAt: null });
    expect(await one.succeeded('GX')).toBeNull();
    expect(await one.gate('GX')).toEqual({ mode: 'SEND' });
  });
});
