import type { GetRecordsInput } from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBStreamEvent } from 'aws-lambda';

import { FakeStream } from './fake-streams.fixtures.test';
import { createHarness, waitFor } from './mapping-harness.fixtures.test';

const SHARD = 'shard-0001';

const keysOf = (event: DynamoDBStreamEvent): string[] => event.Records.map((r) => r.dynamodb?.Keys?.['PK']?.S ?? '?');

const gate = (): { open: () => void; opened: Promise<void> } => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
};

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Counts the records GetRecords has handed out. */
const countReads = (stream: FakeStream): { served: () => number } => {
  let served = 0;
  const getRecords = stream.getRecords.bind(stream);
  stream.getRecords = async (input: GetRecordsInput) => {
    const output = await getRecords(input);
    served += output.Records?.length ?? 0;
    return output;
  };
  return { served: () => served };
};

/** Distinct item keys: any two items may be in concurrent batches. */
const distinctItems = (count: number): string[] => Array.from({ length: count }, (_, i) => `item-${i}`);

/** Tracks invocations in flight and flags an item delivered by two invocations at once. */
const concurrencyProbe = () => {
  const inFlight = new Set<string>();
  const overlaps: string[] = [];
  let current = 0;
  let max = 0;
  return {
    enter(event: DynamoDBStreamEvent): void {
      for (const key of new Set(keysOf(event))) {
        if (inFlight.has(key)) overlaps.push(key);
        inFlight.add(key);
      }
      current += 1;
      max = Math.max(max, current);
    },
    leave(event: DynamoDBStreamEvent): void {
      for (const key of new Set(keysOf(event))) inFlight.delete(key);
      current -= 1;
    },
    overlaps,
    max: () => max,
  };
};

describe('StreamEventSourceMapping read-ahead and ParallelizationFactor', () => {
  let harness: ReturnType<typeof createHarness> | undefined;
  afterEach(async () => {
    await harness?.mapping.stop();
    harness = undefined;
  });

  it('keeps reading while a batch is in flight and invokes the backlog without waiting a poll interval', async () => {
    const stream = new FakeStream();
    stream.maxRecordsPerRead = 5;
    const reads = countReads(stream);
    const release = gate();
    harness = createHarness({
      stream,
      pollIntervalMs: 60_000,
      settings: { batchSize: 5 },
      invoke: async (_event, call) => {
        if (call === 1) await release.opened;
      },
    });
    const written = Array.from({ length: 25 }, (_, i) => stream.write(SHARD, { pk: `item-${i}` }));
    await harness.mapping.start();

    await waitFor(() => reads.served() === 25);
    expect(harness.events).toHaveLength(1);

    release.open();
    await waitFor(() => harness!.events.length === 5, 2_000);
    expect(harness.batches()).toEqual([0, 5, 10, 15, 20].map((from) => written.slice(from, from + 5)));
  });

  it('stops reading ahead at a bounded number of records while batches are stuck', async () => {
    const stream = new FakeStream();
    const reads = countReads(stream);
    const release = gate();
    harness = createHarness({ stream, settings: { batchSize: 1 }, invoke: () => release.opened });
    for (let i = 0; i < 3_000; i += 1) stream.write(SHARD, { pk: `item-${i}` });
    await harness.mapping.start();
    await waitFor(() => reads.served() >= 1_000);
    await pause(100);

    expect(reads.served()).toBeLessThanOrEqual(2_000);
    release.open();
    await harness.mapping.idle();
    expect(harness.events).toHaveLength(3_000);
  });

  it('runs up to ParallelizationFactor batches at once, never two holding the same item', async () => {
    const probe = concurrencyProbe();
    harness = createHarness({
      settings: { batchSize: 2, parallelizationFactor: 3 },
      invoke: async (event) => {
        probe.enter(event);
        await pause(20);
        probe.leave(event);
      },
    });
    const written = Array.from({ length: 30 }, (_, i) => harness!.stream.write(SHARD, { pk: `item-${i % 10}` }));
    await harness.mapping.start();
    await harness.mapping.idle();

    expect(probe.max()).toBe(3);
    expect(probe.overlaps).toEqual([]);
    expect(harness.batches().flat().sort()).toEqual([...written].sort());
  });

  it('delivers each item’s changes in stream order, whatever order the lanes finish in', async () => {
    const probe = concurrencyProbe();
    harness = createHarness({
      settings: { batchSize: 3, parallelizationFactor: 10 },
      invoke: async (event, call) => {
        probe.enter(event);
        await pause((call * 7) % 11);
        probe.leave(event);
      },
    });
    const writtenByItem = new Map<string, string[]>();
    for (let change = 0; change < 15; change += 1) {
      for (const pk of ['N1', 'N2', 'N3', 'N4', 'N5', 'N6']) {
        const sequenceNumber = harness.stream.write(SHARD, { pk, eventName: change === 0 ? 'INSERT' : 'MODIFY' });
        writtenByItem.set(pk, [...(writtenByItem.get(pk) ?? []), sequenceNumber]);
      }
    }
    await harness.mapping.start();
    await harness.mapping.idle();

    const deliveredByItem = new Map<string, string[]>();
    for (const record of harness.events.flatMap((event) => event.Records)) {
      const pk = record.dynamodb?.Keys?.['PK']?.S ?? '?';
      deliveredByItem.set(pk, [...(deliveredByItem.get(pk) ?? []), record.dynamodb?.SequenceNumber ?? '?']);
    }
    expect(deliveredByItem).toEqual(writtenByItem);
    expect(probe.overlaps).toEqual([]);
  });

  it('checkpoints only below the oldest unfinished record while later lanes run ahead', async () => {
    const [slow, fast] = distinctItems(2) as [string, string];
    const release = gate();
    harness = createHarness({
      settings: { batchSize: 1, parallelizationFactor: 2 },
      invoke: async (event) => {
        if (keysOf(event)[0] === slow) await release.opened;
      },
    });
    const { stream, checkpoints } = harness;
    const fast1 = stream.write(SHARD, { pk: fast });
    stream.write(SHARD, { pk: slow });
    stream.write(SHARD, { pk: fast });
    const fast3 = stream.write(SHARD, { pk: fast });
    await harness.mapping.start();

    await waitFor(() => harness!.events.length === 4);
    await pause(20);
    expect(await checkpoints.get('test-mapping', SHARD)).toBe(fast1);

    release.open();
    await harness.mapping.idle();
    expect(await checkpoints.get('test-mapping', SHARD)).toBe(fast3);
  });

  it('lets a failing item retry in its lane while the others continue, then discards it and checkpoints past it', async () => {
    const [poison, healthy] = distinctItems(2) as [string, string];
    harness = createHarness({
      settings: { batchSize: 1, parallelizationFactor: 2, maximumRetryAttempts: 2 },
      backoffMs: 30,
      invoke: async (event) => {
        if (keysOf(event)[0] === poison) throw new Error('boom');
      },
    });
    const { stream, checkpoints } = harness;
    const bad = stream.write(SHARD, { pk: poison });
    const good = [1, 2, 3].map(() => stream.write(SHARD, { pk: healthy }));
    await harness.mapping.start();
    await harness.mapping.idle();

    // The healthy item's records were all delivered before the poison record's retries ran out.
    const lastPoisonAttempt = harness.batches().map((batch) => batch[0]).lastIndexOf(bad);
    expect(harness.batches().filter((batch) => batch[0] === bad)).toHaveLength(3);
    expect(harness.batches().slice(0, lastPoisonAttempt).flat()).toEqual(expect.arrayContaining(good));
    expect(harness.failures.map((f) => f.DDBStreamBatchInfo.startSequenceNumber)).toEqual([bad]);
    expect(await checkpoints.get('test-mapping', SHARD)).toBe(good[2]);
  });

  it('continues after the last record read when GetRecords fails, delivering each record once', async () => {
    const stream = new FakeStream();
    stream.maxRecordsPerRead = 2;
    const getRecords = stream.getRecords.bind(stream);
    let calls = 0;
    stream.getRecords = async (input: GetRecordsInput) => {
      calls += 1;
      if (calls === 2) throw new Error('socket hang up');
      return getRecords(input);
    };
    harness = createHarness({ stream, settings: { batchSize: 2 } });
    const written = Array.from({ length: 6 }, (_, i) => stream.write(SHARD, { pk: `item-${i}` }));
    await harness.mapping.start();
    await harness.mapping.idle();

    expect(harness.batches()).toEqual([written.slice(0, 2), written.slice(2, 4), written.slice(4, 6)]);
    expect(harness.logs.filter((log) => log.level === 'error' && /Reading the shard failed/.test(log.message))).toHaveLength(1);
  });

  it('lets every batch in flight finish and commit on stop', async () => {
    const [a, b] = distinctItems(2) as [string, string];
    const release = gate();
    harness = createHarness({ settings: { batchSize: 1, parallelizationFactor: 2 }, invoke: () => release.opened });
    harness.stream.write(SHARD, { pk: a });
    const last = harness.stream.write(SHARD, { pk: b });
    await harness.mapping.start();
    await waitFor(() => harness!.events.length === 2);

    const stopped = harness.mapping.stop();
    release.open();
    await stopped;

    expect(await harness.checkpoints.get('test-mapping', SHARD)).toBe(last);
  });
});
