import { BatchWriteCommand as DocumentBatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Entity } from 'dynamodb-toolbox/entity';
import type { BatchPutRequest } from 'dynamodb-toolbox/entity/actions/batchPut';

import { WriteFailedError } from '../../domain/job';
import { backoff, isRetryableError, type RetryPolicy } from './retry-policy';

/** A put already parsed by its entity (`BatchPutRequest.params()`): the item exactly as it is stored. */
export interface PreparedPut {
  readonly PutRequest: { readonly Item: Record<string, unknown> };
}

const keyOf = (key: Record<string, unknown>): string => `${String(key['PK'])}\u0000${String(key['SK'])}`;

const prepare = (request: BatchPutRequest | PreparedPut): PreparedPut =>
  'PutRequest' in request ? request : (request.params() as PreparedPut);

/**
 * Sends up to 25 puts of one table as one BatchWriteItem, then re-sends only what DynamoDB returned
 * as `UnprocessedItems` (and whole requests that were throttled), with exponential backoff and full
 * jitter, up to `policy.maxAttempts`. dynamodb-toolbox's own `maxAttempts` retries immediately, which
 * is exactly what throttling punishes, hence this loop around single attempts.
 *
 * Each request is parsed by its entity once, up front (or passed already parsed as a `PreparedPut`):
 * the schema parse is the costliest step of a bulk write, and a retry re-sends the same items.
 * @throws WriteFailedError when items are still unprocessed after the last attempt.
 * @example
 * await batchWriteWithRetry(table, requests, DEFAULT_RETRY_POLICY);
 */
export const batchWriteWithRetry = async (
  table: Entity['table'],
  requests: readonly (BatchPutRequest | PreparedPut)[],
  policy: RetryPolicy,
): Promise<void> => {
  const tableName = table.getName();
  const documentClient = table.getDocumentClient();
  let pending = requests.map(prepare);
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt >= policy.maxAttempts) {
      throw new WriteFailedError(`${pending.length} item(s) still unprocessed after ${policy.maxAttempts} BatchWriteItem attempts`);
    }
    if (attempt > 0) await backoff(policy, attempt);
    try {
      const { UnprocessedItems } = await documentClient.send(new DocumentBatchWriteCommand({ RequestItems: { [tableName]: pending as PreparedPut[] } }));
      const unprocessed = UnprocessedItems?.[tableName] ?? [];
      if (unprocessed.length === 0) return;
      const left = new Set(unprocessed.map((request) => keyOf(request.PutRequest?.Item ?? {})));
      pending = pending.filter((request) => left.has(keyOf(request.PutRequest.Item)));
    } catch (error) {
      if (!isRetryableError(error)) throw new WriteFailedError(`BatchWriteItem failed: ${(error as Error).message}`, { cause: error });
      if (attempt + 1 >= policy.maxAttempts) {
        throw new WriteFailedError(`BatchWriteItem throttled ${policy.maxAttempts} times`, { cause: error });
      }
    }
  }
};
