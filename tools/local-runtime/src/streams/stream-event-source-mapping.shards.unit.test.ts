import { SHARD_END } from './checkpoint-store';
import { FAKE_STREAM_ARN, FakeStream } from './fake-streams.fixtures.test';
import { createHarness, waitFor } from './mapping-harness.fixtures.test';

describe('StreamEventSourceMapping shards and iterators', () => {
  let harness: ReturnType<typeof createHarness> | undefined;
  afterEach(async () => {
    await harness?.mapping.stop();
    harness = undefined;
  });

  it('delivers the records of a shard in order, in the Lambda shape', async () => {
    harness = createHarness();
    const { stream, mapping, events, batches } = harness;
    const written = ['A', 'B', 'C'].map((pk) => stream.write('shard-0001', { pk }));

    await mapping.start();
    await mapping.idle();

    expect(batches().flat()).toEqual(written);
    const record = events[0]?.Records[0];
    expect(record).toMatchObject({
      eventName: 'INSERT',
      eventVersion: '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: 'eu-west-1',
      eventSourceARN: FAKE_STREAM_ARN,
      dynamodb: { Keys: { PK: { S: 'A' } }, SequenceNumber: written[0] },
    });
    expect(typeof record?.dynamodb?.ApproximateCreationDateTime).toBe('number');
  });

  it('reads every shard of a paginated DescribeStream', async () => {
    harness = createHarness({ stream: new FakeStream(['s1', 's2', 's3', 's4', 's5']) });
    const { stream, mapping, batches } = harness;
    const written = ['s1', 's2', 's3', 's4', 's5'].map((shardId) => stream.write(shardId, { pk: shardId }));

    await mapping.start();
    await mapping.idle();

    expect(batches().flat().sort()).toEqual(written);
    expect(stream.calls).toContain('DescribeStream s2');
    expect(stream.calls).toContain('DescribeStream s4');
  });

  it('reads a child shard only after its closed parent is fully processed', async () => {
    const stream = new FakeStream(['parent']);
    stream.addShard('child', 'parent');
    const parentRecords = ['P1', 'P2', 'P3'].map((pk) => stream.write('parent', { pk }));
    stream.closeShard('parent');
    const childRecords = ['C1', 'C2'].map((pk) => stream.write('child', { pk }));
    // A slow parent handler gives the child every chance to jump the queue if ordering were broken.
    harness = createHarness({
      stream,
      settings: { batchSize: 1 },
      invoke: async (event) => {
        if (event.Records[0]?.dynamodb?.Keys?.['PK']?.S?.startsWith('P')) await new Promise((r) => setTimeout(r, 20));
      },
    });

    await harness.mapping.start();
    await harness.mapping.idle();

    expect(harness.batches().flat()).toEqual([...parentRecords, ...childRecords]);
    expect(await harness.checkpoints.get('test-mapping', 'parent')).toBe(SHARD_END);
    expect(harness.mapping.stats().shardsCompleted).toBe(1);
  });

  it('picks up a shard that appears after the mapping started', async () => {
    harness = createHarness();
    const { stream, mapping, batches } = harness;
    await mapping.start();
    await mapping.idle();

    stream.closeShard('shard-0001');
    stream.addShard('shard-0002', 'shard-0001');
    const written = stream.write('shard-0002', { pk: 'late' });
    // No idle() here: idle() runs a discovery itself, and this checks the periodic one.
    await waitFor(() => batches().length === 1);

    expect(batches().flat()).toEqual([written]);
  });

  it('re-acquires an expired iterator after the last record read, delivering each record once', async () => {
    harness = createHarness();
    const { stream, mapping, batches } = harness;
    const first = stream.write('shard-0001', { pk: 'A' });
    await mapping.start();
    await mapping.idle();

    stream.expireIterators();
    const second = stream.write('shard-0001', { pk: 'B' });
    await mapping.idle();

    expect(batches().flat()).toEqual([first, second]);
    expect(stream.calls).toContain('GetRecords expired');
    expect(stream.calls).toContain(`GetShardIterator shard-0001 AFTER_SEQUENCE_NUMBER ${first}`);
  });

  it('starts a fresh LATEST mapping after the existing records and skips closed shards', async () => {
    const stream = new FakeStream(['old']);
    stream.write('old', { pk: 'old-record' });
    stream.closeShard('old');
    stream.addShard('open', 'old');
    stream.write('open', { pk: 'before-start' });
    harness = createHarness({ stream, settings: { startingPosition: 'LATEST' } });

    await harness.mapping.start();
    const after = stream.write('open', { pk: 'after-start' });
    await harness.mapping.idle();

    expect(harness.batches().flat()).toEqual([after]);
  });

  it('resumes after the checkpointed sequence number, whatever the starting position', async () => {
    harness = createHarness({ settings: { startingPosition: 'TRIM_HORIZON' } });
    const { stream, checkpoints, mapping, batches } = harness;
    const done = stream.write('shard-0001', { pk: 'A' });
    const pending = stream.write('shard-0001', { pk: 'B' });
    await checkpoints.set('test-mapping', 'shard-0001', done);

    await mapping.start();
    await mapping.idle();

    expect(batches().flat()).toEqual([pending]);
    expect(stream.calls).toContain(`GetShardIterator shard-0001 AFTER_SEQUENCE_NUMBER ${done}`);
  });

  it('fails to start when the stream does not exist', async () => {
    harness = createHarness({ streamArn: 'arn:aws:dynamodb:eu-west-1:000000000000:table/Nope/stream/2025-01-01T00:00:00.000' });

    await expect(harness.mapping.start()).rejects.toThrow(/not found/);
  });
});
