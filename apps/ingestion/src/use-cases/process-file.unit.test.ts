import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';

import type { IngestionDeps } from './ingestion-deps';
import type { DeltaResult, FileCheckpoint } from './ports';
import { type ChunkCommitted, processFile } from './process-file';
import { ReferenceChecker } from './reference-checker';

// Header and the first 6 engines of the real sample: 3 chunks of 2 rows.
const ENGINE_HEAD = readFileSync(path.join(__dirname, '../../fixtures/faa-registry/ENGINE.txt'), 'utf8').split('\r\n').slice(0, 7).join('\r\n') + '\r\n';

/** A writer whose first write is acknowledged only after the later ones: the order an emulator cannot force. */
function heldWriter() {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let calls = 0;
  const write = async (_kind: unknown, rows: readonly unknown[]): Promise<DeltaResult> => {
    if (calls++ === 0) await held;
    else if (calls === 3) setTimeout(release, 10);
    return { written: rows.length, unchanged: 0, rejected: [] };
  };
  return { write };
}

describe('processFile checkpoints', () => {
  it('saves one checkpoint for the newest of several acknowledged chunks and reports each chunk in order', async () => {
    const checkpoints: FileCheckpoint[] = [];
    const deps = {
      datasets: { size: async () => ENGINE_HEAD.length, open: async () => Readable.from([Buffer.from(ENGINE_HEAD)]) },
      writer: heldWriter(),
      jobs: { saveCheckpoint: async (_jobId: string, checkpoint: FileCheckpoint) => void checkpoints.push(checkpoint), putRowErrors: async () => undefined },
      references: { existing: async () => ({ AircraftModel: new Set<string>(), EngineModel: new Set<string>() }) },
    } as unknown as IngestionDeps;
    const committed: ChunkCommitted[] = [];

    const outcome = await processFile({
      deps,
      jobId: 'job-1',
      fileIndex: 0,
      file: { kind: 'ENGINE', name: 'ENGINE.txt', key: 'ENGINE.txt', bytes: ENGINE_HEAD.length },
      stamp: { jobId: 'job-1', correlationId: 'c-1', actor: { kind: 'system', id: 'test' } } as never,
      references: new ReferenceChecker(deps.references),
      chunkSize: 2,
      chunksInFlight: 3,
      onCommitted: async (state) => {
        committed.push(state);
        return 'continue';
      },
    });

    expect(outcome.counts.written).toBe(6);
    expect(committed.map((state) => state.counts.written)).toEqual([2, 4, 6, 6]);
    // Chunks 1–3 (and the empty tail, dispatched behind them) are acknowledged before chunk 1's commit runs.
    expect(checkpoints.map(({ line, done }) => ({ line, done }))).toEqual([{ line: 7, done: true }]);
    expect(checkpoints[0]?.counts).toEqual(outcome.counts);
  });
});
