import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';

import type { Actor } from '@aircraftops/tables';
import type { RegistryFileKind } from '@aircraftops/registry';

import { DatasetFileError, isIngestionError, sortByFileOrder } from '../domain/job';
import { isDatasetFormatError } from '../domain/parsing';
import { detectFileKind } from './detect-file-kind';
import type { IngestionDeps } from './ingestion-deps';
import type { DatasetFile, JobStore, JobView } from './ports';

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

/** Field prefix of error details: the files as the HTTP body names them (as `addSchedule` does). */
const FILES_FIELD = 'body.files';

/** A file's size and kind, or the caller's mistake naming the file's field (`body.files[1].key`). */
const describeFile = async (deps: Pick<IngestionDeps, 'datasets'>, file: StartJobFile, field: string): Promise<DatasetFile> => {
  const name = file.name ?? basename(file.key);
  try {
    const bytes = await deps.datasets.size(file.key);
    const kind = file.kind ?? (await detectFileKind(await deps.datasets.open(file.key), name));
    return { kind, name, key: file.key, bytes };
  } catch (error) {
    if (isIngestionError(error) && error.kind === 'validation') {
      const attribute = error.code === 'ingestion.datasetKind' ? 'kind' : 'key';
      throw new DatasetFileError(error, [{ field: `${field}.${attribute}`, message: error.message }]);
    }
    if (isDatasetFormatError(error)) throw new DatasetFileError(error, [{ field: `${field}.key`, message: error.message }]);
    throw error;
  }
};

/**
 * Creates a QUEUED job: every file must exist (its size is recorded for progress) and have a known
 * kind (detected from the header when not given); files are stored in processing order.
 * @throws DatasetFileError naming the file's field, for a key with no readable file behind it (or a
 * folder), a kind that cannot be detected, a file that is no FAA file.
 * @example
 * const job = await startJob(deps, { files: [{ key: 'MASTER.txt' }, { key: 'ACFTREF.txt' }], startedBy: { type: 'user', id: 'alice' } });
 * await runJob(deps, job.jobId);
 */
export async function startJob(deps: { readonly jobs: Pick<JobStore, 'create'> } & Pick<IngestionDeps, 'datasets'>, input: StartJobInput): Promise<JobView> {
  const files: DatasetFile[] = [];
  for (const [index, file] of input.files.entries()) {
    files.push(await describeFile(deps, file, `${FILES_FIELD}[${index}]`));
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
