import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { CheckpointStore } from './checkpoint-store';
import { CorruptCheckpointError } from './errors';

type ShardPositions = Record<string, string>;

const isShardPositions = (value: unknown): value is ShardPositions =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.values(value).every((position) => typeof position === 'string');

/**
 * Checkpoints persisted as one JSON file per mapping (`<dir>/<mapping>.checkpoints.json`), so a
 * restarted local runtime resumes after the last committed record. Each write goes to a temporary
 * file that is then renamed over the old one: a crash mid-write leaves the previous checkpoint, never
 * a truncated file. Writes for one mapping are serialised so a slow write cannot overwrite a newer one.
 * @example
 * const checkpoints = new FileCheckpointStore('.aircraftops/checkpoints');
 */
export class FileCheckpointStore implements CheckpointStore {
  private readonly cache = new Map<string, Promise<ShardPositions>>();
  private readonly writes = new Map<string, Promise<void>>();
  private tempCounter = 0;

  constructor(private readonly dir: string) {}

  async get(mappingName: string, shardId: string): Promise<string | undefined> {
    return (await this.load(mappingName))[shardId];
  }

  async set(mappingName: string, shardId: string, sequenceNumber: string): Promise<void> {
    const positions = await this.load(mappingName);
    positions[shardId] = sequenceNumber;
    const snapshot = JSON.stringify(positions, null, 2);
    const previous = this.writes.get(mappingName) ?? Promise.resolve();
    const write = previous.then(() => this.writeAtomically(mappingName, snapshot));
    // A failed write must not poison later ones; the caller of this write still sees the error.
    this.writes.set(mappingName, write.catch(() => undefined));
    await write;
  }

  private pathOf(mappingName: string): string {
    // Mapping names come from declarations; encoding keeps a `/` or `..` from escaping the directory.
    return join(this.dir, `${encodeURIComponent(mappingName)}.checkpoints.json`);
  }

  private load(mappingName: string): Promise<ShardPositions> {
    let loaded = this.cache.get(mappingName);
    if (!loaded) {
      loaded = this.read(mappingName);
      this.cache.set(mappingName, loaded);
      loaded.catch(() => this.cache.delete(mappingName));
    }
    return loaded;
  }

  private async read(mappingName: string): Promise<ShardPositions> {
    const path = this.pathOf(mappingName);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new CorruptCheckpointError(path, { cause: error });
    }
    if (!isShardPositions(parsed)) throw new CorruptCheckpointError(path);
    return parsed;
  }

  private async writeAtomically(mappingName: string, content: string): Promise<void> {
    const path = this.pathOf(mappingName);
    const temp = `${path}.${process.pid}.${++this.tempCounter}.tmp`;
    await mkdir(this.dir, { recursive: true });
    await writeFile(temp, content, 'utf8');
    await rename(temp, path);
  }
}
