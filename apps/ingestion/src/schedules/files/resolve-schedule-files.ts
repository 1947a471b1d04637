import { DATASET_FILE_KINDS, type DatasetFileKind } from '@aircraftops/tables';

import { InvalidScheduleError } from '../errors';
import type { ScheduleFile } from '../model';
import { datasetKeyProblem } from './dataset-key-problem';
import { inferFileKind } from './infer-file-kind';

/** A file as a caller names it: the key, and the kind when the file name does not tell it. */
export interface ScheduleFileInput {
  readonly key: string;
  readonly kind?: DatasetFileKind;
}

/**
 * Checks a schedule's files and gives each its kind: 1 to 4 files, valid keys, one file per kind
 * (a run ingests one registry snapshot). Errors name the field (`body.files[1].key`).
 * @example
 * resolveScheduleFiles([{ key: 'faa/MASTER.txt' }], 'body.files'); // [{ kind: 'MASTER', name: 'MASTER.txt', key: 'faa/MASTER.txt' }]
 */
export const resolveScheduleFiles = (files: readonly ScheduleFileInput[], field: string): ScheduleFile[] => {
  if (files.length === 0 || files.length > DATASET_FILE_KINDS.length) {
    throw new InvalidScheduleError(field, `expected 1 to ${DATASET_FILE_KINDS.length} files, got ${files.length}`);
  }
  const seen = new Map<DatasetFileKind, number>();
  return files.map((file, index) => {
    const problem = datasetKeyProblem(file.key);
    if (problem !== undefined) throw new InvalidScheduleError(`${field}[${index}].key`, problem);
    const kind = file.kind ?? inferFileKind(file.key);
    if (kind === undefined) {
      throw new InvalidScheduleError(
        `${field}[${index}].kind`,
        `cannot tell the kind of "${file.key}" from its name: give kind (${DATASET_FILE_KINDS.join(', ')})`,
      );
    }
    const previous = seen.get(kind);
    if (previous !== undefined) {
      throw new InvalidScheduleError(`${field}[${index}].kind`, `${kind} is already file ${previous}: one file per kind`);
    }
    seen.set(kind, index);
    return { kind, name: file.key.split('/').pop() as string, key: file.key };
  });
};
