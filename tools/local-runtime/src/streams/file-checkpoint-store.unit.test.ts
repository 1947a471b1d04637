import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { CorruptCheckpointError } from './errors';
import { FileCheckpointStore } from './file-checkpoint-store';

describe('FileCheckpointStore', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aircraftops-checkpoints-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads back, in a new instance, what an earlier instance committed', async () => {
    const first = new FileCheckpointStore(dir);
    await first.set('bridge', 'shard-1', '000000000000000000101');
    await first.set('bridge', 'shard-2', '000000000000000000202');
    await first.set('audit', 'shard-1', '000000000000000000303');

    const second = new FileCheckpointStore(dir);
    expect(await second.get('bridge', 'shard-1')).toBe('000000000000000000101');
    expect(await second.get('bridge', 'shard-2')).toBe('000000000000000000202');
    expect(await second.get('audit', 'shard-1')).toBe('000000000000000000303');
    expect(await second.get('audit', 'shard-2')).toBeUndefined();
  });

  it('keeps the last of concurrent writes and leaves no temporary file behind', async () => {
    const store = new FileCheckpointStore(dir);
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.set('bridge', 'shard-1', String(i).padStart(21, '0'))));

    expect(await new FileCheckpointStore(dir).get('bridge', 'shard-1')).toBe('000000000000000000019');
    expect(await readdir(dir)).toEqual(['bridge.checkpoints.json']);
  });

  it('keeps a mapping name from escaping the directory', async () => {
    const store = new FileCheckpointStore(dir);
    await store.set('../evil', 'shard-1', '1');

    expect(await readdir(dir)).toEqual(['..%2Fevil.checkpoints.json']);
  });

  it('refuses a corrupt checkpoint file instead of restarting from scratch', async () => {
    await writeFile(join(dir, 'bridge.checkpoints.json'), '{"shard-1": 42', 'utf8');

    await expect(new FileCheckpointStore(dir).get('bridge', 'shard-1')).rejects.toThrow(CorruptCheckpointError);
  });
});
