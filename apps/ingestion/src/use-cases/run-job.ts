import {
  addCounts,
  assertCountsInvariant,
  computeProgress,
  emptyCounts,
  type JobCounts,
  JobNotFoundError,
  ProgressThrottle,
} from '../domain/job';
import { isDatasetFormatError, parseRegistryFile } from '../domain/parsing';
import type { IngestionDeps } from './ingestion-deps';
import { INGESTION_ACTOR } from './ingestion-actor';
import type { DatasetFile, JobView } from './ports';
import { processFile } from './process-file';
import { ReferenceChecker } from './reference-checker';
import { RunnerAbortedError } from './runner-aborted-error';

/** What `onProgress` receives after every acknowledged chunk. */
export interface RunProgress {
  readonly jobId: string;
  readonly file: string;
  readonly counts: JobCounts;
  readonly bytesRead: number;
  readonly bytesTotal: number;
  readonly rowsPerSecond: number;
  readonly percent?: number;
  readonly etaSeconds?: number;
  readonly unresolvedReferences: number;
}

export interface RunJobOptions {
  /** Aborting stops the runner like a crash (no cleanup); `resumeJob` continues from the last checkpoint. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: RunProgress) => void;
  /** Minimum interval between progress writes to the job item and between cancel checks; default 1000 ms. */
  readonly progressIntervalMs?: number;
  readonly chunkSize?: number;
  readonly chunksInFlight?: number;
}

export interface RunJobResult {
  readonly job: JobView;
  /** Aircraft rows whose model or engine code exists nowhere (written anyway), over every run of the job (also on `job`). */
  readonly unresolvedReferences: number;
}

/**
 * The runner: QUEUED → RUNNING, every file judged first (a bad header fails the job before any write),
 * then files in order ENGINE, ACFTREF, MASTER, DEREG, each resumed from its checkpoint; ends COMPLETED,
 * COMPLETED_WITH_ERRORS (some rows rejected), CANCELLED (cancel requested) or FAILED (with a reason).
 * The status change to RUNNING is conditional, so a second runner on the same job gets `JobConflictError`.
 * @throws RunnerAbortedError when `signal` aborts; JobNotFoundError; JobConflictError.
 * @example
 * const { job } = await runJob(deps, jobId, { onProgress: (p) => bar.update(p.percent ?? 0) });
 */
export async function runJob(deps: IngestionDeps, jobId: string, options: RunJobOptions = {}): Promise<RunJobResult> {
  const now = deps.now ?? Date.now;
  const existing = await deps.jobs.get(jobId);
  if (existing === undefined) throw new JobNotFoundError(jobId);
  const startedAt = existing.startedAt ?? new Date(now()).toISOString();
  const job = await deps.jobs.transition(jobId, 'RUNNING', { from: ['QUEUED'], changes: { startedAt } });
  const files = job.dataset.files;
  const bytesTotal = files.reduce((sum, file) => sum + file.bytes, 0);
  const references = new ReferenceChecker(deps.references);
  const stamp = { jobId, correlationId: job.correlationId, actor: INGESTION_ACTOR };
  const throttle = new ProgressThrottle(options.progressIntervalMs ?? 1000, now);
  const runStart = now();
  let totals = emptyCounts();
  let unresolvedReferences = 0;
  // What is durable so far, the current file's last checkpoint included: a failed job reports it.
  let durable = { counts: totals, unresolvedReferences };
  let bytesDone = 0;
  const progressOf = (counts: JobCounts, bytesRead: number) => {
    const { rowsRead: _rows, ...progress } = computeProgress({ rowsRead: counts.read, bytesRead, bytesTotal, elapsedMs: now() - runStart });
    return progress;
  };

  try {
    for (const file of files) await judgeFile(deps, file);
    const checkpoints = await deps.jobs.listCheckpoints(jobId);
    for (const [fileIndex, file] of files.entries()) {
      const outcome = await processFile({
        deps,
        jobId,
        fileIndex,
        file,
        checkpoint: checkpoints.find((checkpoint) => checkpoint.fileIndex === fileIndex),
        stamp,
        references,
        signal: options.signal,
        chunkSize: options.chunkSize,
        chunksInFlight: options.chunksInFlight,
        onCommitted: async (state) => {
          const counts = addCounts(totals, state.counts);
          const progress = progressOf(counts, bytesDone + state.bytesRead);
          const unresolved = unresolvedReferences + state.unresolvedReferences;
          durable = { counts, unresolvedReferences: unresolved };
          options.onProgress?.({ jobId, file: file.name, counts, bytesTotal, ...progress, unresolvedReferences: unresolved });
          if (!throttle.due()) return 'continue';
          await deps.jobs.updateProgress(jobId, { counts, ...progress, unresolvedReferences: unresolved });
          return (await deps.jobs.isCancelRequested(jobId)) ? 'stop' : 'continue';
        },
      });
      totals = addCounts(totals, outcome.counts);
      unresolvedReferences += outcome.unresolvedReferences;
      durable = { counts: totals, unresolvedReferences };
      bytesDone += file.bytes;
      if (outcome.stopped) {
        const cancelled = await deps.jobs.transition(jobId, 'CANCELLED', {
          from: ['RUNNING'],
          changes: { counts: totals, unresolvedReferences, finishedAt: new Date(now()).toISOString(), ...progressOf(totals, bytesDone) },
        });
        return { job: cancelled, unresolvedReferences };
      }
    }
    assertCountsInvariant(totals);
    const status = totals.rejected > 0 ? 'COMPLETED_WITH_ERRORS' : 'COMPLETED';
    const finished = await deps.jobs.transition(jobId, status, {
      from: ['RUNNING'],
      changes: { counts: totals, unresolvedReferences, finishedAt: new Date(now()).toISOString(), ...progressOf(totals, bytesTotal) },
    });
    return { job: finished, unresolvedReferences };
  } catch (error) {
    if (error instanceof RunnerAbortedError) throw error;
    const failureReason = isDatasetFormatError(error) ? `${error.file}: ${error.reason}` : `${(error as Error).name}: ${(error as Error).message}`;
    const failed = await deps.jobs.transition(jobId, 'FAILED', {
      from: ['RUNNING'],
      changes: { failureReason, ...durable, finishedAt: new Date(now()).toISOString() },
    });
    return { job: failed, unresolvedReferences: durable.unresolvedReferences };
  }
}

/** Reads a file's head through the parser: a `DatasetFormatError` surfaces here, before any write. */
async function judgeFile(deps: IngestionDeps, file: DatasetFile): Promise<void> {
  const rows = parseRegistryFile(await deps.datasets.open(file.key), { kind: file.kind, fileName: file.name });
  try {
    await rows.next();
  } finally {
    await rows.return(undefined);
  }
}
