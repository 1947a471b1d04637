import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';

import type { Actor } from '@aircraftops/tables';
import type { RegistryFileKind } from '@aircraftops/registry';

import { sortByFileOrder } from '../domain/job';
import { detectFileKind } from './detect-file-kind';
import type { IngestionDeps } from './ingestion-deps';
import type { DatasetFile, JobView } from './ports';

/** One file to ingest: its key (or path) in the dataset store, its kind when known. */
export interface StartJobFile {
  readonly kind?: RegistryFileKind;
  /** Display name; defaults to the key's base name. */
  readonly name?: string;
  /** Key in the dataset store (a path under `AIRCRAFTOPS_DATA_DIR`, or an S3 key). */
  readonly key: string;
}

export interface StartJobInput {
  readonly files: readonly StartJobFile[];
  readonly startedBy: Actor;
  readonly correlationId?: string;
  /** Defaults to a random UUID. */
  readonly jobId?: string;
  /** The schedule starting this run, stored on the job (absent for a job started by hand). */
  readonly scheduleId?: string;
}

/**
 * Creates a QUEUED job: every file must exist (its size is recorded for progress) and have a known
 * kind (detected from the header when not given); files are stored in processing order.
 * @throws DatasetPathError, DatasetKindError
 * @example
 * const job = await startJob(deps, { files: [{ key: 'MASTER.txt' }, { key: 'ACFTREF.txt' }], startedBy: { type: 'user', id: 'alice' } });
 * await runJob(deps, job.jobId);
 */
export async function startJob(deps: IngestionDeps, input: StartJobInput): Promise<JobView> {
  const files: DatasetFile[] = [];
  for (const file of input.files) {
    const bytes = await deps.datasets.size(file.key);
    const name = file.name ?? basename(file.key);
    const kind = file.kind ?? (await detectFileKind(await deps.datasets.open(file.key), name));
    files.push({ kind, name, key: file.key, bytes });
  }
  const jobId = input.jobId ?? randomUUID();
  return deps.jobs.create({
    jobId,
    files: sortByFileOrder(files),
    startedBy: input.startedBy,
    correlationId: input.correlationId ?? randomUUID(),
    ...(input.scheduleId === undefined ? {} : { scheduleId: input.scheduleId }),
  });
}
