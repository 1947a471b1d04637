import type { SQSEvent, SQSRecord } from 'aws-lambda';

import { deferred, waitFor } from './async.fixtures.test';
import { ConsumerPump } from './consumer-pump';
import { LOCAL_SCALING_CAP } from './consumer-pump-options';
import type { ConsumerPumpOptions } from './consumer-pump-options';
import { LocalQueue } from './local-queue';

// Short declared visibility timeouts keep these tests quick without changing what they prove.
const VISIBILITY_SECONDS = 2;

function queueOf(maxReceiveCount: number): LocalQueue {
  return new LocalQueue({ name: 'audit-test', region: 'us-east-1', accountId: '123456789012', visibilityTimeoutSeconds: VISIBILITY_SECONDS, maxReceiveCount });
}

describe('ConsumerPump, as the SQS event source mapping', () => {
  const pumps: ConsumerPump[] = [];
  afterEach(async () => {
    await Promise.all(pumps.splice(0).map((pump) => pump.stop()));
  });
  function start(options: ConsumerPumpOptions): ConsumerPump {
    const pump = new ConsumerPump(options);
    pumps.push(pump);
    pump.start();
    return pump;
  }

  it('delivers a message whose first processing failed on its second receive, one visibility timeout later', async () => {
    const queue = queueOf(5);
    const receives: { record: SQSRecord; at: number }[] = [];
    const sent = queue.send('{"id":"e-1"}');
    start({
      queue,
      batchSize: 10,
      region: 'us-east-1',
      invoke: async (event: SQSEvent) => {
        const failed = event.Records.filter((record) => {
          receives.push({ record, at: Date.now() });
          return record.attributes.ApproximateReceiveCount === '1';
        });
        return { batchItemFailures: failed.map((record) => ({ itemIdentifier: record.messageId })) };
      },
    });

    await waitFor(() => queue.depth(), (depth) => depth.available + depth.inFlight === 0, 10_000);
    expect(receives.map(({ record }) => [record.messageId, record.attributes.ApproximateReceiveCount])).toEqual([
      [sent.messageId, '1'],
      [sent.messageId, '2'],
    ]);
    const [first, second] = receives;
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(VISIBILITY_SECONDS * 1000 - 50);
    expect(queue.deadLetters()).toEqual([]);
  });

  it('moves a message that always fails to the DLQ after maxReceiveCount receives (≈ maxReceiveCount × visibility timeout), whole', async () => {
    const queue = queueOf(2);
    const startedAt = Date.now();
    const sent = queue.send('{"detail":{"n":1}}');
    const receiveCounts: string[] = [];
    start({
      queue,
      batchSize: 10,
      region: 'us-east-1',
      invoke: async (event) => {
        receiveCounts.push(...event.Records.map((record) => record.attributes.ApproximateReceiveCount));
        throw new Error('store unavailable');
      },
    });

    const [dead] = await waitFor(() => queue.deadLetters(), (letters) => letters.length === 1, 15_000);
    expect(receiveCounts).toEqual(['1', '2']);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(2 * VISIBILITY_SECONDS * 1000 - 50);
    expect(dead).toMatchObject({
      messageId: sent.messageId,
      body: '{"detail":{"n":1}}',
      md5OfBody: sent.md5OfBody,
      attributes: { SentTimestamp: String(sent.sentTimestamp), ApproximateReceiveCount: '2', DeadLetterQueueSourceArn: queue.arn },
      failure: { errorMessage: 'Error: store unavailable', receiveCount: 2 },
    });
  });

  it('runs up to maximumConcurrency batches at once, never more', async () => {
    const queue = queueOf(3);
    for (let n = 0; n < 8; n += 1) queue.send(String(n));
    const gate = deferred();
    let inFlight = 0;
    let peak = 0;
    start({
      queue,
      batchSize: 1,
      maximumConcurrency: 3,
      region: 'us-east-1',
      invoke: async () => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await gate.promise;
        inFlight -= 1;
      },
    });

    await waitFor(() => inFlight, (n) => n === 3);
    expect(queue.depth()).toEqual({ available: 5, inFlight: 3, deadLetters: 0 });
    gate.resolve();
    await waitFor(() => queue.depth(), (depth) => depth.available + depth.inFlight === 0);
    expect(peak).toBe(3);
  });

  it('without a declared maximum, starts 5 batches and adds 5 a second while messages wait, up to the local cap', async () => {
    const queue = queueOf(3);
    for (let n = 0; n < 40; n += 1) queue.send(String(n));
    const gate = deferred();
    let inFlight = 0;
    const seen: number[] = [];
    const startedAt = Date.now();
    const pump = start({
      queue,
      batchSize: 1,
      region: 'us-east-1',
      invoke: async () => {
        inFlight += 1;
        seen.push(inFlight);
        await gate.promise;
        inFlight -= 1;
      },
    });

    await waitFor(() => inFlight, (n) => n === 5);
    expect(pump.concurrency).toBe(5);
    await waitFor(() => inFlight, (n) => n === LOCAL_SCALING_CAP, 10_000);
    // 5 → 20 in steps of 5 a second takes three steps.
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(2_900);
    expect([...new Set(seen)].length).toBe(LOCAL_SCALING_CAP);
    expect(pump.concurrency).toBe(LOCAL_SCALING_CAP);
    gate.resolve();
    await waitFor(() => queue.depth(), (depth) => depth.available + depth.inFlight === 0);
    expect(Math.max(...seen)).toBe(LOCAL_SCALING_CAP);
  });

  it('gathers a batch for the batching window before invoking', async () => {
    const queue = queueOf(3);
    const batches: number[] = [];
    start({ queue, batchSize: 50, maximumBatchingWindowInSeconds: 1, maximumConcurrency: 2, region: 'us-east-1', invoke: async (event) => void batches.push(event.Records.length) });
    queue.send('first');
    // Sent while the window of the first message is open: they join its batch.
    setTimeout(() => ['second', 'third'].forEach((body) => queue.send(body)), 200);

    await waitFor(() => batches, (sizes) => sizes.length === 1, 5_000);
    expect(batches).toEqual([3]);
  });

  it('under chaos, a throttled invocation never reaches the function and its messages come back after the visibility timeout', async () => {
    const queue = queueOf(5);
    queue.send('m');
    const reached: string[] = [];
    const throttles = [true, false];
    const errors: string[] = [];
    start({
      queue,
      batchSize: 10,
      region: 'us-east-1',
      chaos: { throttle: () => throttles.shift() ?? false, redeliver: () => false },
      onInvocationError: (error) => errors.push((error as Error).name),
      invoke: async (event) => void reached.push(...event.Records.map((record) => record.attributes.ApproximateReceiveCount)),
    });

    await waitFor(() => queue.depth(), (depth) => depth.available + depth.inFlight === 0, 10_000);
    expect(errors).toEqual(['TooManyRequestsException']);
    expect(reached).toEqual(['2']);
  });

  it('under chaos, a message already deleted is delivered again (same id), as SQS may', async () => {
    const queue = queueOf(5);
    const sent = queue.send('m');
    const redeliveries = [true];
    const seen: string[] = [];
    start({
      queue,
      batchSize: 10,
      region: 'us-east-1',
      chaos: { throttle: () => false, redeliver: () => redeliveries.shift() ?? false },
      invoke: async (event) => void seen.push(...event.Records.map((record) => record.messageId)),
    });

    await waitFor(() => seen, (ids) => ids.length === 2);
    expect(seen).toEqual([sent.messageId, sent.messageId]);
    await waitFor(() => queue.depth(), (depth) => depth.available + depth.inFlight === 0);
  });
});
