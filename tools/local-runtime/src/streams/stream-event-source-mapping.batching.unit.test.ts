import { createHarness, ManualClock, waitFor } from './mapping-harness.fixtures.test';

describe('StreamEventSourceMapping batching and filtering', () => {
  let harness: ReturnType<typeof createHarness> | undefined;
  afterEach(async () => {
    await harness?.mapping.stop();
    harness = undefined;
  });

  it('splits the available records into batches of at most BatchSize', async () => {
    harness = createHarness({ settings: { batchSize: 10 } });
    for (let i = 0; i < 25; i += 1) harness.stream.write('shard-0001', { pk: `item-${i}` });
    await harness.mapping.start();
    await harness.mapping.idle();

    expect(harness.batches().map((batch) => batch.length)).toEqual([10, 10, 5]);
  });

  it('invokes with a single record as soon as it is available when the window is 0', async () => {
    harness = createHarness({ settings: { batchSize: 100, maximumBatchingWindowInSeconds: 0 } });
    await harness.mapping.start();
    const written = harness.stream.write('shard-0001', { pk: 'A' });
    await waitFor(() => harness!.events.length === 1);

    expect(harness.batches()).toEqual([[written]]);
  });

  it('holds records until the batching window expires, then delivers them together', async () => {
    const clock = new ManualClock();
    harness = createHarness({ clock, settings: { batchSize: 100, maximumBatchingWindowInSeconds: 5 } });
    await harness.mapping.start();
    const written = ['A', 'B'].map((pk) => harness!.stream.write('shard-0001', { pk }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(harness.events).toEqual([]);

    clock.advance(5_000);
    await waitFor(() => harness!.events.length === 1);

    expect(harness.batches()).toEqual([written]);
  });

  it('does not wait for the window once BatchSize records are buffered', async () => {
    const clock = new ManualClock();
    harness = createHarness({ clock, settings: { batchSize: 3, maximumBatchingWindowInSeconds: 300 } });
    const written = ['A', 'B', 'C', 'D'].map((pk) => harness!.stream.write('shard-0001', { pk }));
    await harness.mapping.start();
    await waitFor(() => harness!.events.length === 1);

    expect(harness.batches()).toEqual([written.slice(0, 3)]);
  });

  it('skips records no filter pattern matches, checkpointing past them without retry or destination', async () => {
    harness = createHarness({
      settings: {
        maximumRetryAttempts: 0,
        filterPatterns: [{ dynamodb: { NewImage: { _et: { S: ['Aircraft'] } } } }, { eventName: ['REMOVE'] }],
      },
    });
    const { stream } = harness;
    const aircraft = stream.write('shard-0001', { pk: 'N1', attributes: { _et: 'Aircraft' } });
    stream.write('shard-0001', { pk: 'J1', attributes: { _et: 'Job' } });
    const removed = stream.write('shard-0001', { pk: 'J1', eventName: 'REMOVE', attributes: { _et: 'Job' } });
    const lastFiltered = stream.write('shard-0001', { pk: 'J2', attributes: { _et: 'Job' } });
    await harness.mapping.start();
    await harness.mapping.idle();

    expect(harness.batches().flat()).toEqual([aircraft, removed]);
    expect(harness.failures).toEqual([]);
    expect(harness.mapping.stats().recordsFilteredOut).toBe(2);
    expect(await harness.checkpoints.get('test-mapping', 'shard-0001')).toBe(lastFiltered);
  });

  it('commits past a run of filtered-out records even when nothing is delivered', async () => {
    harness = createHarness({ settings: { filterPatterns: [{ dynamodb: { NewImage: { _et: { S: ['Aircraft'] } } } }] } });
    harness.stream.write('shard-0001', { pk: 'J1', attributes: { _et: 'Job' } });
    const last = harness.stream.write('shard-0001', { pk: 'J2', attributes: { _et: 'Job' } });
    await harness.mapping.start();
    await harness.mapping.idle();

    expect(harness.events).toEqual([]);
    expect(await harness.checkpoints.get('test-mapping', 'shard-0001')).toBe(last);
  });

  it('carries userIdentity only on TTL deletions, in Lambda casing', async () => {
    harness = createHarness();
    harness.stream.write('shard-0001', { pk: 'A', eventName: 'REMOVE' });
    harness.stream.write('shard-0001', { pk: 'B', eventName: 'REMOVE', ttl: true });
    await harness.mapping.start();
    await harness.mapping.idle();

    const [plain, ttl] = harness.events.flatMap((event) => event.Records);
    expect(plain).not.toHaveProperty('userIdentity');
    expect(ttl?.userIdentity).toEqual({ type: 'Service', principalId: 'dynamodb.amazonaws.com' });
  });

  it('keeps counters of deliveries, failures and iterator age', async () => {
    harness = createHarness({
      settings: { maximumRetryAttempts: 1, batchSize: 1 },
      invoke: async (event) => {
        if (event.Records[0]?.dynamodb?.Keys?.['PK']?.S === 'bad') throw new Error('bad');
      },
    });
    harness.stream.write('shard-0001', { pk: 'good' });
    harness.stream.write('shard-0001', { pk: 'bad' });
    await harness.mapping.start();
    await harness.mapping.idle();

    expect(harness.mapping.stats()).toMatchObject({
      invocations: 3,
      failedInvocations: 2,
      batchesSucceeded: 1,
      recordsDelivered: 3,
      recordsSucceeded: 1,
      recordsDiscarded: 1,
      onFailureRecords: 1,
      iteratorAgeMs: expect.any(Number),
    });
  });
});
