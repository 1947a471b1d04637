import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { FakeStream } from './fake-streams.fixtures.test';
import { FileCheckpointStore } from './file-checkpoint-store';
import { createHarness, waitFor } from './mapping-harness.fixtures.test';

describe('StreamEventSourceMapping checkpoints and lifecycle', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aircraftops-esm-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('finishes the in-flight batch on stop and commits its checkpoint', async () => {
    let release: () => void = () => undefined;
    const harness = createHarness({
      settings: { batchSize: 2 },
      invoke: () => new Promise<void>((resolve) => (release = resolve)),
    });
    const [, second] = ['A', 'B', 'C'].map((pk) => harness.stream.write('shard-0001', { pk }));
    await harness.mapping.start();
    await waitFor(() => harness.events.length === 1);

    const stopped = harness.mapping.stop();
    release();
    await stopped;

    expect(harness.events).toHaveLength(1);
    expect(await harness.checkpoints.get('test-mapping', 'shard-0001')).toBe(second);
  });

  it('resumes after a restart with a file store: nothing lost, nothing committed delivered twice', async () => {
    const stream = new FakeStream();
    const first = createHarness({ stream, checkpoints: new FileCheckpointStore(dir), settings: { batchSize: 2 } });
    const before = ['A', 'B', 'C'].map((pk) => stream.write('shard-0001', { pk }));
    await first.mapping.start();
    await first.mapping.idle();
    await first.mapping.stop();
    const whileDown = ['D', 'E'].map((pk) => stream.write('shard-0001', { pk }));

    const second = createHarness({ stream, checkpoints: new FileCheckpointStore(dir), settings: { batchSize: 2 } });
    await second.mapping.start();
    const afterRestart = stream.write('shard-0001', { pk: 'F' });
    await second.mapping.idle();
    await second.mapping.stop();

    expect(first.batches().flat()).toEqual(before);
    expect(second.batches().flat()).toEqual([...whileDown, afterRestart]);
  });

  it('re-delivers, after a restart, a batch that was stopped while failing', async () => {
    const stream = new FakeStream();
    const failing = createHarness({
      stream,
      checkpoints: new FileCheckpointStore(dir),
      invoke: async () => {
        throw new Error('down');
      },
    });
    const written = stream.write('shard-0001', { pk: 'A' });
    await failing.mapping.start();
    await waitFor(() => failing.events.length >= 2);
    await failing.mapping.stop();

    const healthy = createHarness({ stream, checkpoints: new FileCheckpointStore(dir) });
    await healthy.mapping.start();
    await healthy.mapping.idle();
    await healthy.mapping.stop();

    expect(healthy.batches()).toEqual([[written]]);
  });

  it('rejects start twice and idle before start', async () => {
    const harness = createHarness();
    await expect(harness.mapping.idle()).rejects.toThrow(/idle\(\) called in state new/);
    await harness.mapping.start();
    await expect(harness.mapping.start()).rejects.toThrow(/start\(\) called in state running/);
    await harness.mapping.stop();
  });
});
