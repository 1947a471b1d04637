import { type BatchPutRequest, BatchWriteCommand, type Entity, executeBatchWrite } from 'dynamodb-toolbox';

import { WriteFailedError } from '../../domain/job';
import { backoff, isRetryableError, type RetryPolicy } from './retry-policy';

const keyOf = (key: Record<string, unknown>): string => `${String(key['PK'])}\u0000${String(key['SK'])}`;

/**
 * Sends up to 25 puts of one table as one BatchWriteItem, then re-sends only what DynamoDB returned
 * as `UnprocessedItems` (and whole requests that were throttled), with exponential backoff and full
 * jitter, up to `policy.maxAttempts`. dynamodb-toolbox's own `maxAttempts` retries immediately, which
 * is exactly what throttling punishes, hence this loop around single attempts.
 * @throws WriteFailedError when items are still unprocessed after the last attempt.
 * @example
 * await batchWriteWithRetry(table, requests, DEFAULT_RETRY_POLICY);
 */
export const batchWriteWithRetry = async (
  table: Entity['table'],
  requests: readonly BatchPutRequest[],
  policy: RetryPolicy,
): Promise<void> => {
  let pending = [...requests];
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt >= policy.maxAttempts) {
      throw new WriteFailedError(`${pending.length} item(s) still unprocessed after ${policy.maxAttempts} BatchWriteItem attempts`);
    }
    if (attempt > 0) await backoff(policy, attempt);
    try {
      const { UnprocessedItems } = await executeBatchWrite(table.build(BatchWriteCommand).requests(...pending));
      const unprocessed = UnprocessedItems?.[table.getName()] ?? [];
      if (unprocessed.length === 0) return;
      const left = new Set(unprocessed.map((request: { PutRequest?: { Item?: Record<string, unknown> } }) => keyOf(request.PutRequest?.Item ?? {})));
      pending = pending.filter((request) => left.has(keyOf(request.params().PutRequest?.Item ?? {})));
    } catch (error) {
      if (!isRetryableError(error)) throw new WriteFailedError(`BatchWriteItem failed: ${(error as Error).message}`, { cause: error });
      if (attempt + 1 >= policy.maxAttempts) {
        throw new WriteFailedError(`BatchWriteItem throttled ${policy.maxAttempts} times`, { cause: error });
      }
    }
  }
};
