import { list } from 'dynamodb-toolbox/schema/list';
import { map } from 'dynamodb-toolbox/schema/map';
import { number } from 'dynamodb-toolbox/schema/number';
import { string } from 'dynamodb-toolbox/schema/string';

import { DATASET_FILE_KINDS } from './dataset-file-kind';

/** One FAA file of a job's dataset: which kind it is, its name and storage key, its size. */
export const datasetSchema = () =>
  map({
    files: list(map({ kind: string().enum(...DATASET_FILE_KINDS), name: string(), key: string(), bytes: number() })),
  });

/** Row counters of a job or a file checkpoint; all start at 0. */
export const countsSchema = () =>
  map({
    read: number(),
    written: number(),
    unchanged: number(),
    rejected: number(),
    duplicates: number(),
    skipped: number(),
  }).putDefault(() => ({ read: 0, written: 0, unchanged: 0, rejected: 0, duplicates: 0, skipped: 0 }));
