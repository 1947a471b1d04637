import { BatchGetCommand, BatchGetRequest, type Entity, executeBatchGet } from 'dynamodb-toolbox';

import { WriteFailedError } from '../../domain/job';
import { backoff, isRetryableError, type RetryPolicy } from './retry-policy';

/** What the delta needs of an existing item. */
export interface ExistingStamp {
  readonly contentHash?: string;
  readonly version: number;
  readonly createdAt: string;
}

const BATCH_GET_LIMIT = 100;

/**
 * Reads `contentHash`, `version` and `createdAt` (a projection: a few bytes per item) of the items at
 * `keys`, 100 keys per BatchGetItem, retrying `UnprocessedKeys` with backoff.
 * @returns one entry per key, `undefined` where no item exists.
 * @example
 * const [stamp] = await batchGetExisting(Aircraft, [{ nNumber: '511CR' }], DEFAULT_RETRY_POLICY);
 */
export const batchGetExisting = async (
  entity: Entity,
  keys: readonly Record<string, unknown>[],
  policy: RetryPolicy,
): Promise<(ExistingStamp | undefined)[]> => {
  const results: (ExistingStamp | undefined)[] = [];
  for (let start = 0; start < keys.length; start += BATCH_GET_LIMIT) {
    results.push(...(await getChunk(entity, keys.slice(start, start + BATCH_GET_LIMIT), policy)));
  }
  return results;
};

const keyString = (key: Record<string, unknown>) => `${String(key['PK'])}\u0000${String(key['SK'])}`;

async function getChunk(entity: Entity, keys: readonly Record<string, unknown>[], policy: RetryPolicy) {
  const requests = keys.map((key) => new BatchGetRequest(entity, key as never));
  const found = new Map<string, ExistingStamp>();
  let pending = requests;
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt >= policy.maxAttempts) throw new WriteFailedError(`BatchGetItem left keys unprocessed after ${policy.maxAttempts} attempts`);
    if (attempt > 0) await backoff(policy, attempt);
    try {
      const command = entity.table
        .build(BatchGetCommand)
        .requests(...(pending as [BatchGetRequest]))
        .options({ attributes: ['contentHash', 'version', 'createdAt'] as never, consistent: true });
      const { Responses, UnprocessedKeys } = await executeBatchGet(command);
      const items = (Responses?.[0] ?? []) as (Record<string, unknown> | undefined)[];
      items.forEach((item, index) => {
        const request = pending[index];
        if (item !== undefined && request !== undefined) found.set(keyString(request.params()), item as unknown as ExistingStamp);
      });
      const left = new Set((UnprocessedKeys?.[entity.table.getName()]?.Keys ?? []).map((key: Record<string, unknown>) => keyString(key)));
      pending = pending.filter((request) => left.has(keyString(request.params())));
    } catch (error) {
      if (!isRetryableError(error) || attempt + 1 >= policy.maxAttempts) {
        throw new WriteFailedError(`BatchGetItem failed: ${(error as Error).message}`, { cause: error });
      }
    }
  }
  return requests.map((request) => found.get(keyString(request.params())));
}
