import type { SQSEvent } from 'aws-lambda';

import { deferred, waitFor } from './async.fixtures.test';
import { ConsumerPump } from './consumer-pump';
import { InvalidQueueOptionsError } from './errors';
import { LocalQueue } from './local-queue';

function setup(maxReceiveCount = 3) {
  const queue = new LocalQueue({
    name: 'read-model',
    region: 'us-east-1',
    accountId: '000000000000',
    visibilityTimeoutSeconds: 30,
    maxReceiveCount,
  });
  const events: SQSEvent[] = [];
  return { queue, events };
}

describe('ConsumerPump', () => {
  const pumps: ConsumerPump[] = [];
  afterEach(async () => {
    await Promise.all(pumps.map((pump) => pump.stop()));
    pumps.length = 0;
  });
  function start(pump: ConsumerPump): ConsumerPump {
    pumps.push(pump);
    pump.start();
    return pump;
  }

  it('invokes the consumer with a Lambda-shaped SQS event and deletes the batch on success', async () => {
    const { queue, events } = setup();
    const sent = queue.send('{"id":"e-1"}');
    start(new ConsumerPump({ queue, batchSize: 10, region: 'us-east-1', invoke: async (event) => void events.push(event) }));

    await waitFor(() => queue.depth(), (depth) => depth.available + depth.inFlight === 0);
    expect(events).toHaveLength(1);
    const record = events[0]?.Records[0];
    expect(record).toEqual({
      messageId: sent.messageId,
      receiptHandle: expect.any(String),
      body: '{"id":"e-1"}',
      attributes: {
        ApproximateReceiveCount: '1',
        SentTimestamp: String(sent.sentTimestamp),
        SenderId: 'events.amazonaws.com',
        ApproximateFirstReceiveTimestamp: expect.stringMatching(/^\d{13}$/),
      },
      messageAttributes: {},
      md5OfBody: sent.md5OfBody,
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:read-model',
      awsRegion: 'us-east-1',
    });
  });

  it('retries only the messages reported in batchItemFailures, then dead-letters them with their payload', async () => {
    const { queue, events } = setup(3);
    for (const body of ['ok-1', 'poison', 'ok-2']) queue.send(body);
    start(
      new ConsumerPump({
        queue,
        batchSize: 10,
        region: 'us-east-1',
        fastRetry: { baseDelayMs: 1 },
        invoke: async (event) => {
          events.push(event);
          return { batchItemFailures: event.Records.filter((r) => r.body === 'poison').map((r) => ({ itemIdentifier: r.messageId })) };
        },
      }),
    );

    await waitFor(() => queue.deadLetters(), (dead) => dead.length === 1);
    expect(events.map((event) => event.Records.map((r) => r.body))).toEqual([['ok-1', 'poison', 'ok-2'], ['poison'], ['poison']]);
    expect(events.map((event) => event.Records[0]?.attributes.ApproximateReceiveCount)).toEqual(['1', '2', '3']);
    expect(queue.deadLetters()[0]).toMatchObject({
      body: 'poison',
      failure: { rule: 'read-model', receiveCount: 3, errorMessage: 'The consumer reported the message in batchItemFailures.' },
    });
    expect(queue.depth()).toEqual({ available: 0, inFlight: 0, deadLetters: 1 });
  });

  it('retries the whole batch when the consumer throws, and records the error in the DLQ', async () => {
    const { queue, events } = setup(2);
    queue.send('a');
    queue.send('b');
    start(
      new ConsumerPump({
        queue,
        batchSize: 10,
        region: 'us-east-1',
        fastRetry: { baseDelayMs: 1 },
        invoke: async (event) => {
          events.push(event);
          throw new TypeError('detail.data is undefined');
        },
      }),
    );

    await waitFor(() => queue.deadLetters(), (dead) => dead.length === 2);
    expect(events.map((event) => event.Records.length)).toEqual([2, 2]);
    expect(queue.deadLetters().map((d) => d.failure.errorMessage)).toEqual(['TypeError: detail.data is undefined', 'TypeError: detail.data is undefined']);
  });

  it('fails the whole batch on an invalid partial batch response', async () => {
    const { queue } = setup(1);
    queue.send('a');
    queue.send('b');
    start(new ConsumerPump({ queue, batchSize: 10, region: 'us-east-1', fastRetry: { baseDelayMs: 1 }, invoke: async () => ({ batchItemFailures: [{ itemIdentifier: '' }] }) }));

    await waitFor(() => queue.deadLetters(), (dead) => dead.length === 2);
    expect(queue.deadLetters()[0]?.failure.errorMessage).toMatch(/^Invalid partial batch response: /);
  });

  it('hands out at most batchSize messages per invocation', async () => {
    const { queue, events } = setup();
    for (let n = 0; n < 5; n += 1) queue.send(String(n));
    start(new ConsumerPump({ queue, batchSize: 2, maximumConcurrency: 1, region: 'us-east-1', invoke: async (event) => void events.push(event) }));

    await waitFor(() => events.flatMap((e) => e.Records).length, (count) => count === 5);
    expect(events.map((event) => event.Records.length)).toEqual([2, 2, 1]);
  });

  it('abandons an in-flight batch on stop: the messages stay undeleted', async () => {
    const { queue } = setup();
    queue.send('a');
    const gate = deferred();
    const started = deferred();
    const pump = start(
      new ConsumerPump({
        queue,
        batchSize: 10,
        region: 'us-east-1',
        invoke: async () => {
          started.resolve();
          await gate.promise;
        },
      }),
    );
    await started.promise;
    await pump.stop();
    gate.resolve();
    await pump.drained();
    expect(queue.depth()).toEqual({ available: 0, inFlight: 1, deadLetters: 0 });
  });

  it('rejects a batch size outside 1–10 without a batching window, and outside 1–10,000 with one', () => {
    const { queue } = setup();
    expect(() => new ConsumerPump({ queue, batchSize: 11, region: 'us-east-1', invoke: async () => undefined })).toThrow(
      new InvalidQueueOptionsError('Queue read-model: batchSize must be an integer 1–10, got 11.'),
    );
    expect(() => new ConsumerPump({ queue, batchSize: 100, maximumBatchingWindowInSeconds: 1, region: 'us-east-1', invoke: async () => undefined })).not.toThrow();
    expect(() => new ConsumerPump({ queue, batchSize: 10_001, maximumBatchingWindowInSeconds: 1, region: 'us-east-1', invoke: async () => undefined })).toThrow(
      /batchSize must be an integer 1–10000 with a batching window, got 10001/,
    );
  });
});
