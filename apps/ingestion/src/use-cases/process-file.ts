import { Transform } from 'node:stream';

import { type AircraftRecord, contentHash, type RegistryFileKind } from '@aircraftops/registry';

import {
  addCounts,
  conflictReason,
  DuplicateTracker,
  emptyCounts,
  identityOf,
  type JobCounts,
  KEY_FIELD_OF_KIND,
} from '../domain/job';
import { parseRegistryFile } from '../domain/parsing';
import type { IngestionDeps } from './ingestion-deps';
import type { DatasetFile, DeltaRow, FileCheckpoint, RowErrorInput, WriteStamp } from './ports';
import type { ReferenceChecker } from './reference-checker';
import { RunnerAbortedError } from './runner-aborted-error';

/** What the runner learns after each acknowledged chunk; `stop` ends the file early (cancellation). */
export interface ChunkCommitted {
  readonly fileIndex: number;
  readonly counts: JobCounts;
  readonly bytesRead: number;
  /** Of this file so far, earlier runs included. */
  readonly unresolvedReferences: number;
}

export interface ProcessFileInput {
  readonly deps: IngestionDeps;
  readonly jobId: string;
  readonly fileIndex: number;
  readonly file: DatasetFile;
  readonly checkpoint?: FileCheckpoint;
  readonly stamp: WriteStamp;
  readonly references: ReferenceChecker;
  readonly signal?: AbortSignal;
  /** Rows per delta write (one BatchGet, up to 4 BatchWriteItems); default 100. */
  readonly chunkSize?: number;
  /** Chunks written concurrently; checkpoints still advance strictly in line order. Default 2. */
  readonly chunksInFlight?: number;
  readonly onCommitted: (state: ChunkCommitted) => Promise<'continue' | 'stop'>;
}

export interface FileOutcome {
  readonly counts: JobCounts;
  /** Of this file, earlier runs included (from the checkpoint). */
  readonly unresolvedReferences: number;
  readonly stopped: boolean;
}

interface Chunk {
  rows: DeltaRow[];
  errors: RowErrorInput[];
  /** Outcomes already known when the chunk is cut: read, skipped, duplicates, parse rejections. */
  delta: JobCounts;
  lastLine: number;
  bytesRead: number;
  /** The file's tail: its checkpoint marks the file done. */
  last: boolean;
}

/** A chunk's outcome once its writes and row errors are acknowledged. */
interface Written {
  readonly chunk: Chunk;
  readonly written: number;
  readonly unchanged: number;
  readonly rejected: number;
  readonly unresolved: number;
}

interface InFlight {
  readonly written: Promise<Written>;
  settled: boolean;
  /** Set once the writes are acknowledged. */
  result?: Written;
  /** Committed under a later chunk's checkpoint, by the commit of an earlier chunk. */
  absorbed: boolean;
  committed: Promise<void>;
}

const LABEL = { MASTER: 'N-number', DEREG: 'deregistration', ACFTREF: 'model code', ENGINE: 'engine code' } as const;
const REFERENCE_KIND = { ENGINE: 'EngineModel', ACFTREF: 'AircraftModel' } as const;

/**
 * Reads one file of a job and writes its rows as deltas. Lines up to the checkpoint are re-read only
 * to rebuild the duplicate tracker (cheaper than persisting it, and exact); their counts come from
 * the checkpoint. A checkpoint is saved once a chunk's writes and row errors — and every earlier
 * chunk's — were acknowledged (one for the newest when several already are), so a crash never loses or
 * double-counts a line.
 * @example
 * const outcome = await processFile({ deps, jobId, fileIndex: 0, file, stamp, references, onCommitted: async () => 'continue' });
 */
export async function processFile(input: ProcessFileInput): Promise<FileOutcome> {
  const { deps, jobId, fileIndex, file, checkpoint, stamp, references, signal } = input;
  const chunkSize = input.chunkSize ?? 100;
  const chunksInFlight = input.chunksInFlight ?? 2;
  const kind = file.kind as RegistryFileKind;
  if (checkpoint?.done === true) return { counts: checkpoint.counts, unresolvedReferences: checkpoint.unresolvedReferences, stopped: false };
  const startLine = checkpoint?.line ?? 0;
  let committed = checkpoint?.counts ?? emptyCounts();
  let unresolvedReferences = checkpoint?.unresolvedReferences ?? 0;
  let bytesRead = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytesRead += chunk.length;
      done(null, chunk);
    },
  });
  const source = await deps.datasets.open(file.key);
  source.once('error', (error) => counter.destroy(error));
  source.pipe(counter);

  const tracker = new DuplicateTracker();
  const newChunk = (lastLine: number): Chunk => ({ rows: [], errors: [], delta: emptyCounts(), lastLine, bytesRead, last: false });
  let pending = newChunk(startLine);
  let stopped = false;
  // Dispatched chunks not committed yet, in line order. Their writes run concurrently (at most
  // `chunksInFlight` at once); their commits — checkpoint, then `onCommitted` — run one after another
  // in line order on a chain of their own, so saving chunk N's checkpoint overlaps the writes of the
  // next chunks instead of holding up the reading. One more chunk than `chunksInFlight` may wait for
  // its commit, which bounds memory.
  const window: InFlight[] = [];
  let lastCommit: Promise<void> = Promise.resolve();
  let failure: { readonly error: unknown } | undefined;
  let halted = false;

  /** Commits `entry` (always `window[0]` here) and the acknowledged chunks right after it, under one checkpoint. */
  const commit = async (entry: InFlight) => {
    if (entry.absorbed) return;
    const group = [await entry.written];
    if (halted) return;
    // Later chunks whose writes are already acknowledged ride on this checkpoint: the newest one covers
    // them all, which saves a JobsTable write per chunk when the writes outrun the commits.
    for (const next of window.slice(1)) {
      if (next.result === undefined) break;
      next.absorbed = true;
      group.push(next.result);
    }
    const states: ChunkCommitted[] = [];
    for (const { chunk, written, unchanged, rejected, unresolved } of group) {
      committed = addCounts(committed, { ...chunk.delta, written, unchanged, rejected: chunk.delta.rejected + rejected });
      unresolvedReferences += unresolved;
      states.push({ fileIndex, counts: committed, bytesRead: chunk.bytesRead, unresolvedReferences });
    }
    const newest = (group[group.length - 1] as Written).chunk;
    if (signal?.aborted) throw new RunnerAbortedError(jobId);
    await deps.jobs.saveCheckpoint(jobId, {
      fileIndex,
      file: file.name,
      line: newest.lastLine,
      byteOffset: newest.bytesRead,
      counts: committed,
      unresolvedReferences,
      done: newest.last,
    });
    for (const state of states) if ((await input.onCommitted(state)) === 'stop') stopped = true;
  };

  const writeChunk = async (chunk: Chunk): Promise<Written> => {
    const [result, unresolved] = await Promise.all([
      deps.writer.write(kind, chunk.rows, stamp),
      // Reference look-ups are cached per code, so after the first chunks this rarely reaches the table.
      kind === 'MASTER' ? references.countUnresolved(chunk.rows.map((row) => row.record as AircraftRecord)) : 0,
    ]);
    const rejections = result.rejected.map((rejection) => ({ fileIndex, file: file.name, ...rejection }));
    const errors = [...chunk.errors, ...rejections].sort((a, b) => a.line - b.line);
    if (errors.length > 0) await deps.jobs.putRowErrors(jobId, errors);
    return { chunk, written: result.written, unchanged: result.unchanged, rejected: result.rejected.length, unresolved };
  };

  /** Waits until another chunk may be dispatched; throws what failed a write or a commit. */
  const waitForRoom = async () => {
    for (;;) {
      if (failure) throw failure.error;
      const writing = window.filter((entry) => !entry.settled);
      if (window.length <= chunksInFlight && writing.length < chunksInFlight) return;
      const oldest = window[0] as InFlight;
      await Promise.race(window.length > chunksInFlight ? [oldest.committed] : writing.map((entry) => entry.written)).catch(() => undefined);
    }
  };

  const dispatch = async (last = false) => {
    await waitForRoom();
    const chunk = pending;
    chunk.bytesRead = bytesRead;
    chunk.last = last;
    pending = newChunk(chunk.lastLine);
    if (kind === 'ENGINE' || kind === 'ACFTREF') {
      references.learn(REFERENCE_KIND[kind], chunk.rows.map((row) => (row.record as { code: string }).code));
    }
    const written = writeChunk(chunk);
    const entry: InFlight = { written, settled: false, absorbed: false, committed: Promise.resolve() };
    void written.then(
      (result) => void ((entry.settled = true), (entry.result = result)),
      () => void (entry.settled = true),
    );
    entry.committed = lastCommit.then(async () => {
      await commit(entry);
      window.shift();
    });
    lastCommit = entry.committed;
    // Awaited through the chain and `waitForRoom`; this records the first failure and silences the interim.
    entry.committed.catch((error: unknown) => void (failure ??= { error }));
    window.push(entry);
  };

  /** Lets every dispatched write settle and stops committing: nothing runs on once the file is given up. */
  const halt = async () => {
    halted = true;
    await Promise.allSettled([...window.map((entry) => entry.written), lastCommit]);
  };

  const onBlankLine = (line: number) => {
    if (line <= startLine) return;
    pending.delta.read++;
    pending.delta.skipped++;
    pending.lastLine = line;
  };

  try {
    for await (const row of parseRegistryFile(counter, { kind, fileName: file.name, onBlankLine })) {
      if (signal?.aborted) throw new RunnerAbortedError(jobId);
      if (row.line <= startLine) {
        if ('record' in row) tracker.see(identityOf(kind, row.record), contentHash(row.record), row.line);
        continue;
      }
      pending.delta.read++;
      pending.lastLine = row.line;
      if ('error' in row) {
        const { line, field, reason, excerpt } = row.error;
        pending.delta.rejected++;
        pending.errors.push({ fileIndex, file: file.name, line, field: field ?? '*', reason, excerpt });
      } else {
        const hash = contentHash(row.record);
        const verdict = tracker.see(identityOf(kind, row.record), hash, row.line);
        if (verdict.kind === 'first') pending.rows.push({ line: row.line, record: row.record, hash });
        else if (verdict.kind === 'duplicate') pending.delta.duplicates++;
        else {
          pending.delta.rejected++;
          const key = identityOf(kind, row.record);
          pending.errors.push({
            fileIndex,
            file: file.name,
            line: row.line,
            field: KEY_FIELD_OF_KIND[kind],
            reason: conflictReason(LABEL[kind], verdict.firstLine),
            excerpt: `${KEY_FIELD_OF_KIND[kind]}=${key}`,
          });
        }
      }
      if (pending.rows.length >= chunkSize || pending.errors.length >= chunkSize) await dispatch();
      if (stopped) break;
    }
    if (!stopped) await dispatch(true); // the tail, even without rows: its blank lines, duplicates and errors
    await lastCommit;
  } catch (error) {
    await halt();
    throw error;
  }
  return { counts: committed, unresolvedReferences, stopped };
}
