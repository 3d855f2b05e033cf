import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { OutboxRelayService, OutboxService } from '@landsea/outbox';
import { JOB_BATCH, type JobBatch } from '@landsea/queue';
import { startTestNode, type TestNode } from '@landsea/testing';
import { NODE_DEFINITION } from '../apps/node/src/node.definition.js';
import { BatchRecordingConsumer, PROBE_BATCHES, PROBE_EVENTS, RecordingConsumer, RecordingConsumerModule } from './support/recording-consumer.js';

function startProbeNode(env: Record<string, string>): Promise<TestNode> {
  return startTestNode({
    module: (e) => RecordingConsumerModule.withNode(NODE_DEFINITION.module(e)),
    schema: NODE_DEFINITION,
    env,
  });
}

async function eventually<T>(probe: () => T | Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function tools(node: TestNode) {
  const db = node.app.get<DataSource>(getDataSourceToken());
  const outbox = node.app.get(OutboxService);
  return {
    db,
    consumer: node.app.get(RecordingConsumer),
    relay: node.app.get(OutboxRelayService),
    queue: node.app.get<Queue>(getQueueToken(PROBE_EVENTS.name)),
    /** One business transaction per event, as a context would write them. */
    async commit(aggregateId: string, type: string, n: number): Promise<string> {
      return db.transaction(async (manager) => {
        const [id] = await outbox.record(manager, 'probe', { type, aggregateType: 'probe', aggregateId, payload: { n } });
        return id;
      });
    },
    async unpublished(ids: string[]): Promise<number> {
      const [row] = (await db.query(
        'SELECT count(*)::int AS n FROM platform.outbox_event WHERE id = ANY($1::uuid[]) AND published_at IS NULL',
        [ids],
      )) as Array<{ n: number }>;
      return row.n;
    },
  };
}

describe('the outbox relayed by a running node', () => {
  let node: TestNode;
  let operator: string;
  beforeAll(async () => {
    node = await startProbeNode({ QUEUE_ATTEMPTS: '3', QUEUE_BACKOFF_MS: '100' });
    operator = await node.operatorToken();
  });
  afterAll(() => node.close());

  it('delivers each committed event once, in order for its aggregate, with its payload and correlation', async () => {
    const { consumer, commit } = tools(node);
    const aggregate = randomUUID();
    const ids: string[] = [];
    for (let n = 0; n < 25; n += 1) ids.push(await commit(aggregate, 'probe.happened', n));
    const mine = await eventually(
      () => consumer.handled.filter((e) => e.aggregateId === aggregate),
      (events) => events.length >= 25,
    );
    await new Promise((r) => setTimeout(r, 200));
    const final = consumer.handled.filter((e) => e.aggregateId === aggregate);
    expect(final.map((e) => e.eventId)).toEqual(ids);
    expect(final.map((e) => e.payload.n)).toEqual([...Array(25).keys()]);
    const sequences = mine.map((e) => BigInt(e.sequence));
    expect([...sequences].sort((a, b) => (a < b ? -1 : 1))).toEqual(sequences);
    expect(mine[0]).toMatchObject({ type: 'probe.happened', context: 'probe', aggregateType: 'probe' });
  });

  it('hands a batching queue the events committed together as one job, each event to its handler, again on retry', async () => {
    const { db } = tools(node);
    const consumer = node.app.get(BatchRecordingConsumer);
    const batches = node.app.get<Queue>(getQueueToken(PROBE_BATCHES.name));
    const events = Array.from({ length: 40 }, (_, n) => ({ type: n === 7 ? 'probe.misfired' : 'probe.batched', aggregateType: 'probe', aggregateId: randomUUID(), payload: { n } }));
    const ids = await db.transaction((manager) => node.app.get(OutboxService).record(manager, 'probe', events));
    // The misfire fails the batch once; its retry hands every event of it over a second time.
    await eventually(
      async () => ({ twice: ids.filter((id) => consumer.handled.get(id) === 2).length, completed: await batches.getJobs(['completed']) }),
      ({ twice, completed }) => twice === ids.length && completed.length > 0,
    );
    const jobs = (await batches.getJobs(['completed'])).filter((job) => (job.data as JobBatch).jobs.some((j) => ids.includes((j.data as { eventId: string }).eventId)));
    expect(jobs.map((job) => job.name)).toEqual([JOB_BATCH]);
    expect(jobs[0].attemptsMade).toBe(2);
    expect(jobs[0].data.jobs).toHaveLength(ids.length);
    expect(new Set(ids.map((id) => consumer.handled.get(id)))).toEqual(new Set([2]));
  });

  it('never relays an event whose transaction rolled back', async () => {
    const { db, consumer, outbox, queue, commit } = { ...tools(node), outbox: node.app.get(OutboxService) };
    const aggregate = randomUUID();
    let doomed = '';
    await expect(
      db.transaction(async (manager) => {
        [doomed] = await outbox.record(manager, 'probe', { type: 'probe.happened', aggregateType: 'probe', aggregateId: aggregate, payload: {} });
        throw new Error('the business change failed');
      }),
    ).rejects.toThrow('the business change failed');
    const marker = await commit(aggregate, 'probe.happened', 1);
    await eventually(() => consumer.handled.some((e) => e.eventId === marker), Boolean);
    expect(doomed).not.toBe('');
    expect(consumer.handled.some((e) => e.eventId === doomed)).toBe(false);
    expect(await queue.getJob(doomed)).toBeUndefined();
    const rows = (await db.query('SELECT 1 FROM platform.outbox_event WHERE id = $1', [doomed])) as unknown[];
    expect(rows).toHaveLength(0);
  });

  it('refuses to record an event outside a transaction', async () => {
    const { db } = tools(node);
    const outbox = node.app.get(OutboxService);
    await expect(
      outbox.record(db.manager, 'probe', { type: 'probe.happened', aggregateType: 'probe', aggregateId: 'x', payload: {} }),
    ).rejects.toThrow('inside the transaction');
  });

  it('retries a failing consumer with growing backoff, then dead-letters it for an operator to replay', async () => {
    const { consumer, commit } = tools(node);
    const eventId = await commit(randomUUID(), 'probe.exploded', 0);
    const letters = await eventually(
      async () =>
        (await request(node.server).get('/ops/dead-letters?queue=probe-events').set('authorization', `Bearer ${operator}`).expect(200))
          .body as Array<{ id: string; jobId: string; attempts: number; error: string; jobName: string; replayCount: number }>,
      (list) => list.some((l) => l.jobId === eventId),
    );
    const attempts = consumer.explosions.filter((e) => e.eventId === eventId);
    expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3]);
    const gaps = [attempts[1].at - attempts[0].at, attempts[2].at - attempts[1].at];
    expect(gaps[0]).toBeGreaterThanOrEqual(75);
    expect(gaps[1]).toBeGreaterThanOrEqual(150);
    const letter = letters.find((l) => l.jobId === eventId);
    expect(letter).toMatchObject({ jobName: 'probe.exploded', attempts: 3, error: `consumer of ${eventId} failed`, replayCount: 0 });

    const replay = await request(node.server)
      .post(`/ops/dead-letters/${letter?.id}/replay`)
      .set('authorization', `Bearer ${operator}`)
      .expect(202);
    expect(replay.body).toMatchObject({ jobId: `${eventId}-replay-1`, deadLetter: { replayCount: 1 } });
    const audited = await request(node.server).get('/audit').query({ action: 'platform.dead_letter_replayed', targetId: letter?.id }).set('authorization', `Bearer ${operator}`).expect(200);
    expect(audited.body.items).toEqual([expect.objectContaining({ targetType: 'dead_letter', actorSubject: expect.any(String), details: expect.objectContaining({ jobId: `${eventId}-replay-1` }) })]);
    await eventually(() => consumer.explosions.filter((e) => e.eventId === eventId).length, (n) => n >= 4);
  });

  it('keeps the operator routes to the operator', async () => {
    const anonymous = await request(node.server).get('/ops/dead-letters').expect(401);
    expect(anonymous.body.code).toBe('TOKEN_MISSING');
    const forged = await request(node.server).get('/ops/dead-letters').set('authorization', 'Bearer not-a-token').expect(401);
    expect(forged.body.code).toBe('TOKEN_INVALID');
    const missing = await request(node.server)
      .post(`/ops/dead-letters/${randomUUID()}/replay`)
      .set('authorization', `Bearer ${operator}`)
      .expect(404);
    expect(missing.body.code).toBe('DEAD_LETTER_NOT_FOUND');
  });
});

describe('a relay that dies between enqueueing and marking', () => {
  let node: TestNode;
  beforeAll(async () => {
    node = await startProbeNode({ OUTBOX_RELAY_ENABLED: 'false', OUTBOX_BATCH_SIZE: '50' });
  });
  afterAll(() => node.close());

  it('re-sends the batch after a restart and the consumer still sees every event exactly once', async () => {
    const { consumer, relay, commit, unpublished } = tools(node);
    const aggregate = randomUUID();
    const ids: string[] = [];
    for (let n = 0; n < 30; n += 1) ids.push(await commit(aggregate, 'probe.happened', n));

    // The crash: jobs reached Redis, the outbox never heard that they did.
    const markPublished = jest
      .spyOn(relay as unknown as { markPublished: () => Promise<void> }, 'markPublished')
      .mockRejectedValueOnce(new Error('relay process killed'));
    await expect(relay.relayBatch()).rejects.toThrow('relay process killed');
    expect(await unpublished(ids)).toBe(30);
    markPublished.mockRestore();

    // The restart: a new leader takes over and relays what is still unpublished.
    await relay.stop();
    relay.start();
    await eventually(() => unpublished(ids), (n) => n === 0);
    await eventually(() => consumer.handled.filter((e) => e.aggregateId === aggregate).length, (n) => n >= 30);
    await new Promise((r) => setTimeout(r, 300));
    const seen = consumer.handled.filter((e) => e.aggregateId === aggregate).map((e) => e.eventId);
    expect(seen).toHaveLength(30);
    expect(new Set(seen)).toEqual(new Set(ids));
  });

  it('lets only one instance relay at a time', async () => {
    const other = await startProbeNode({ OUTBOX_RELAY_ENABLED: 'false' });
    try {
      const leader = tools(node).relay;
      const follower = tools(other).relay;
      const { commit } = tools(node);
      await commit(randomUUID(), 'probe.happened', 0);
      await eventually(() => leader.relayBatch(), () => true);
      await commit(randomUUID(), 'probe.happened', 1);
      expect(await follower.relayBatch()).toBe(0);
    } finally {
      await other.close();
    }
  });
});

describe('stopping a node', () => {
  it('finishes the job in hand before it lets go of Redis and PostgreSQL', async () => {
    const node = await startProbeNode({});
    const { consumer, commit } = tools(node);
    const eventId = await commit(randomUUID(), 'probe.lingered', 0);
    await eventually(() => consumer.started.includes(eventId), Boolean);
    await node.close();
    expect(consumer.handled.map((e) => e.eventId)).toContain(eventId);
  });
});
