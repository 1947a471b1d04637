import { DATASET_FILE_KINDS } from '@aircraftops/tables';

import { datasetKeyProblem } from '../../schedules/files';
import * as z from 'zod/mini';

/**
 * A dataset-store key from a request: a relative path in the data folder locally, an S3 key in the
 * cloud — never an arbitrary path. The message says exactly what is refused (`..`, absolute, NUL, `\`).
 * @example
 * z.object({ key: datasetKeySchema }).parse({ key: 'uploads/MASTER.txt' });
 */
export const datasetKeySchema = z.string().check(
  z.superRefine((key, context) => {
    const problem = datasetKeyProblem(key);
    if (problem !== undefined) context.addIssue({ code: 'custom', message: problem, input: key });
  }),
);

/**
 * The `files` of a job or schedule request: 1 to 4 `{ key, kind? }` (kind inferred from the file when absent).
 * @example
 * z.object({ files: datasetFilesSchema });
 */
export const datasetFilesSchema = z
  .array(z.strictObject({ key: datasetKeySchema, kind: z.optional(z.enum(DATASET_FILE_KINDS)) }))
  .check(z.minLength(1, 'must list at least one file'), z.maxLength(DATASET_FILE_KINDS.length, `must list at most ${DATASET_FILE_KINDS.length} files`));
