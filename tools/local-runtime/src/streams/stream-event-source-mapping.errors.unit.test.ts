import type { DynamoDBStreamEvent } from 'aws-lambda';

import { createHarness, ManualClock, waitFor } from './mapping-harness.fixtures.test';

const sequenceNumbersOf = (event: DynamoDBStreamEvent): string[] => event.Records.map((r) => r.dynamodb?.SequenceNumber ?? '?');
const keyOf = (event: DynamoDBStreamEvent, index: number): string | undefined => event.Records[index]?.dynamodb?.Keys?.['PK']?.S;

describe('StreamEventSourceMapping function errors', () => {
  let harness: ReturnType<typeof createHarness> | undefined;
  afterEach(async () => {
    await harness?.mapping.stop();
    harness = undefined;
  });

  it('retries a failing batch MaximumRetryAttempts times, reports it to the destination and moves on', async () => {
    harness = createHarness({
      settings: { maximumRetryAttempts: 2, batchSize: 2 },
      invoke: async (event) => {
        if (keyOf(event, 0) === 'poison') throw new Error('boom');
      },
    });
    const { stream, mapping, batches, failures, checkpoints } = harness;
    const poison = stream.write('shard-0001', { pk: 'poison' });
    const sibling = stream.write('shard-0001', { pk: 'sibling' });
    await mapping.start();
    await mapping.idle();
    const next = stream.write('shard-0001', { pk: 'next' });
    await mapping.idle();

    expect(batches()).toEqual([[poison, sibling], [poison, sibling], [poison, sibling], [next]]);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({
      requestContext: { condition: 'RetryAttemptsExhausted', approximateInvokeCount: 3, functionArn: expect.stringContaining(':function:test-mapping') },
      responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
      version: '1.0',
      DDBStreamBatchInfo: { shardId: 'shard-0001', startSequenceNumber: poison, endSequenceNumber: sibling, batchSize: 2 },
    });
    expect(await checkpoints.get('test-mapping', 'shard-0001')).toBe(next);
  });

  it('retries without limit when MaximumRetryAttempts is -1, until the function succeeds', async () => {
    harness = createHarness({
      settings: { maximumRetryAttempts: -1 },
      invoke: async (_event, call) => {
        if (call <= 5) throw new Error(`failure ${call}`);
      },
    });
    const written = harness.stream.write('shard-0001', { pk: 'A' });
    await harness.mapping.start();
    await harness.mapping.idle();

    expect(harness.batches()).toEqual(Array.from({ length: 6 }, () => [written]));
    expect(harness.failures).toEqual([]);
  });

  it('waits longer between successive retries (exponential backoff)', async () => {
    const callTimes: number[] = [];
    harness = createHarness({
      backoffMs: 40,
      settings: { maximumRetryAttempts: 2 },
      invoke: async () => {
        callTimes.push(Date.now());
        throw new Error('boom');
      },
    });
    harness.stream.write('shard-0001', { pk: 'A' });
    await harness.mapping.start();
    await harness.mapping.idle();

    expect(callTimes).toHaveLength(3);
    expect((callTimes[1] ?? 0) - (callTimes[0] ?? 0)).toBeGreaterThanOrEqual(35);
    expect((callTimes[2] ?? 0) - (callTimes[1] ?? 0)).toBeGreaterThanOrEqual(35);
  });

  it('resumes from the lowest reported failure, re-delivering the records after it', async () => {
    let failOnce = true;
    harness = createHarness({
      settings: { reportBatchItemFailures: true, maximumRetryAttempts: 3 },
      invoke: async (event) => {
        if (!failOnce) return { batchItemFailures: [] };
        failOnce = false;
        const [, second, third] = sequenceNumbersOf(event);
        return { batchItemFailures: [{ itemIdentifier: third }, { itemIdentifier: second }] };
      },
    });
    const [a, b, c, d] = ['A', 'B', 'C', 'D'].map((pk) => harness!.stream.write('shard-0001', { pk }));
    await harness.mapping.start();
    await harness.mapping.idle();

    expect(harness.batches()).toEqual([
      [a, b, c, d],
      [b, c, d],
    ]);
    expect(harness.failures).toEqual([]);
  });

  it('commits the records before the lowest failure even when the rest is later discarded', async () => {
    harness = createHarness({
      settings: { reportBatchItemFailures: true, maximumRetryAttempts: 1 },
      invoke: async (event) => ({ batchItemFailures: [{ itemIdentifier: sequenceNumbersOf(event).at(-1) }] }),
    });
    const [a, b] = ['A', 'B'].map((pk) => harness!.stream.write('shard-0001', { pk }));
    await harness.mapping.start();
    await harness.mapping.idle();

    expect(harness.batches()).toEqual([[a, b], [b]]);
    expect(harness.failures[0]).toMatchObject({
      requestContext: { condition: 'RetryAttemptsExhausted', approximateInvokeCount: 2 },
      responseContext: { functionError: null },
      DDBStreamBatchInfo: { startSequenceNumber: b, endSequenceNumber: b, batchSize: 1 },
    });
  });

  it.each([
    ['an empty-string identifier', { batchItemFailures: [{ itemIdentifier: '' }] }],
    ['a null identifier', { batchItemFailures: [{ itemIdentifier: null }] }],
    ['a numeric identifier', { batchItemFailures: [{ itemIdentifier: 123 }] }],
    ['a wrong key', { batchItemFailures: [{ foo: 123 }] }],
    ['an identifier of no record in the batch', { batchItemFailures: [{ itemIdentifier: '999999999999999999999' }] }],
  ])('treats %s as a failure of the whole batch', async (_case, response) => {
    harness = createHarness({ settings: { reportBatchItemFailures: true, maximumRetryAttempts: 3 }, invoke: async () => response });
    const written = harness.stream.write('shard-0001', { pk: 'A' });
    await harness.mapping.start();
    await harness.mapping.idle();

    expect(harness.batches()).toEqual([[written], [written], [written], [written]]);
    expect(harness.failures[0]).toMatchObject({
      requestContext: { condition: 'RetryAttemptsExhausted', approximateInvokeCount: 4 },
      responseContext: { statusCode: 200, functionError: null },
    });
  });

  it.each([[undefined], [null], [{}], [[]], [{ batchItemFailures: [] }], [{ batchItemFailures: null }]])(
    'treats the response %j as complete success',
    async (response) => {
      harness = createHarness({ settings: { reportBatchItemFailures: true, maximumRetryAttempts: 3 }, invoke: async () => response });
      harness.stream.write('shard-0001', { pk: 'A' });
      await harness.mapping.start();
      await harness.mapping.idle();

      expect(harness.events).toHaveLength(1);
      expect(harness.failures).toEqual([]);
    },
  );

  it('ignores a batch item failures response without ReportBatchItemFailures', async () => {
    harness = createHarness({
      settings: { reportBatchItemFailures: false, maximumRetryAttempts: 3 },
      invoke: async (event) => ({ batchItemFailures: [{ itemIdentifier: sequenceNumbersOf(event)[0] }] }),
    });
    harness.stream.write('shard-0001', { pk: 'A' });
    await harness.mapping.start();
    await harness.mapping.idle();

    expect(harness.events).toHaveLength(1);
    expect(harness.failures).toEqual([]);
  });

  it('bisects a failing batch until the poison record is alone, without using retries on the splits', async () => {
    harness = createHarness({
      settings: { bisectBatchOnFunctionError: true, maximumRetryAttempts: 1, batchSize: 4 },
      invoke: async (event) => {
        if (event.Records.some((r) => r.dynamodb?.Keys?.['PK']?.S === 'poison')) throw new Error('poison');
      },
    });
    const [a, b, poison, d] = ['A', 'B', 'poison', 'D'].map((pk) => harness!.stream.write('shard-0001', { pk }));
    await harness.mapping.start();
    await harness.mapping.idle();

    expect(harness.batches()).toEqual([[a, b, poison, d], [a, b], [poison, d], [poison], [poison], [d]]);
    expect(harness.failures).toHaveLength(1);
    expect(harness.failures[0]).toMatchObject({
      requestContext: { condition: 'RetryAttemptsExhausted', approximateInvokeCount: 2 },
      DDBStreamBatchInfo: { startSequenceNumber: poison, endSequenceNumber: poison, batchSize: 1 },
    });
    expect(await harness.checkpoints.get('test-mapping', 'shard-0001')).toBe(d);
  });

  it('with bisect and a partial response, splits at the reported record and retries only the rest', async () => {
    let calls = 0;
    harness = createHarness({
      settings: { bisectBatchOnFunctionError: true, reportBatchItemFailures: true, maximumRetryAttempts: 0 },
      invoke: async (event) => {
        calls += 1;
        return calls === 1 ? { batchItemFailures: [{ itemIdentifier: sequenceNumbersOf(event)[2] }] } : {};
      },
    });
    const [a, b, c, d] = ['A', 'B', 'C', 'D'].map((pk) => harness!.stream.write('shard-0001', { pk }));
    await harness.mapping.start();
    await harness.mapping.idle();

    // MaximumRetryAttempts 0 would discard a retried batch: the split did not count as a retry.
    expect(harness.batches()).toEqual([
      [a, b, c, d],
      [c, d],
    ]);
    expect(harness.failures).toEqual([]);
  });

  it('discards records older than MaximumRecordAgeInSeconds without invoking, as RecordAgeExceeded', async () => {
    const clock = new ManualClock();
    harness = createHarness({ clock, settings: { maximumRecordAgeInSeconds: 60 } });
    const old = harness.stream.write('shard-0001', { pk: 'old', createdAt: new Date(clock.now() - 61_000) });
    const fresh = harness.stream.write('shard-0001', { pk: 'fresh', createdAt: new Date(clock.now() - 5_000) });
    await harness.mapping.start();
    await harness.mapping.idle();

    expect(harness.batches()).toEqual([[fresh]]);
    expect(harness.failures).toHaveLength(1);
    const [failure] = harness.failures;
    expect(failure).toMatchObject({
      requestContext: { condition: 'RecordAgeExceeded' },
      DDBStreamBatchInfo: { startSequenceNumber: old, endSequenceNumber: old, batchSize: 1 },
    });
    expect(failure).not.toHaveProperty('responseContext');
  });

  it('gives up on records that grow too old while being retried', async () => {
    const clock = new ManualClock();
    harness = createHarness({
      clock,
      settings: { maximumRecordAgeInSeconds: 60, maximumRetryAttempts: -1 },
      invoke: async () => {
        clock.advance(30_000);
        throw new Error('still failing');
      },
    });
    harness.stream.write('shard-0001', { pk: 'A', createdAt: new Date(clock.now()) });
    await harness.mapping.start();
    await harness.mapping.idle();

    // Ages after each call: 30 s, 60 s (not yet over the limit), 90 s.
    expect(harness.events).toHaveLength(3);
    expect(harness.failures[0]).toMatchObject({ requestContext: { condition: 'RecordAgeExceeded', approximateInvokeCount: 3 } });
  });

  it('keeps the records until the on-failure destination accepts them', async () => {
    let rejections = 2;
    harness = createHarness({
      settings: { maximumRetryAttempts: 0 },
      invoke: async () => {
        throw new Error('boom');
      },
      onFailure: async () => {
        if (rejections-- > 0) throw new Error('queue unavailable');
      },
    });
    const written = harness.stream.write('shard-0001', { pk: 'A' });
    await harness.mapping.start();
    await harness.mapping.idle();

    expect(harness.failures).toHaveLength(1);
    expect(harness.logs.filter((l) => l.level === 'error' && /On-failure destination/.test(l.message))).toHaveLength(2);
    expect(await harness.checkpoints.get('test-mapping', 'shard-0001')).toBe(written);
  });

  it('stops during endless retries without committing the failed batch', async () => {
    harness = createHarness({
      invoke: async () => {
        throw new Error('boom');
      },
    });
    harness.stream.write('shard-0001', { pk: 'A' });
    await harness.mapping.start();
    await waitFor(() => harness!.events.length >= 3);

    await harness.mapping.stop();

    expect(await harness.checkpoints.get('test-mapping', 'shard-0001')).toBeUndefined();
    expect(harness.failures).toEqual([]);
  });
});
