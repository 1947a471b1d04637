import { BatchPutRequest } from 'dynamodb-toolbox/entity/actions/batchPut';

import type { RowErrorInput } from '../../../use-cases/ports';
import { batchWriteWithRetry } from '../batch-write-with-retry';
import type { RetryPolicy } from '../retry-policy';
import type { JobEntities } from './job-entities';

/**
 * Stores a job's row errors by batches of 25; idempotent (keyed by file, line and field), so a resumed
 * job may store one again. In a module of its own (see read-job.ts).
 * @example
 * await putJobRowErrors(entities, DEFAULT_RETRY_POLICY, jobId, errors);
 */
export const putJobRowErrors = async (entities: JobEntities, retry: RetryPolicy, jobId: string, errors: readonly RowErrorInput[]): Promise<void> => {
  const unique = new Map<string, RowErrorInput>();
  for (const error of errors) unique.set(`${error.fileIndex}#${error.line}#${error.field}`, error);
  const requests = [...unique.values()].map(
    (error) => new BatchPutRequest(entities.JobRowError, { jobId, ...error } as never) as unknown as BatchPutRequest,
  );
  for (let start = 0; start < requests.length; start += 25) {
    await batchWriteWithRetry(entities.JobRowError.table, requests.slice(start, start + 25), retry);
  }
};
