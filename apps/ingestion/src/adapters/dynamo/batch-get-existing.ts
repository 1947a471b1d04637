import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import type { Entity } from 'dynamodb-toolbox/entity';

import { WriteFailedError } from '../../domain/job';
import { backoff, isRetryableError, type RetryPolicy } from './retry-policy';

/** What the delta needs of an existing item. */
export interface ExistingStamp {
  readonly contentHash?: string;
  readonly version: number;
  readonly createdAt: string;
}

/** A stored primary key (`PK`, `SK`), as the entity's parse put it in the item. */
export type StoredKey = Readonly<Record<'PK' | 'SK', unknown>>;

const BATCH_GET_LIMIT = 100;
// Stored under their own names (no `savedAs` on these attributes, TIMESTAMPS keeps `createdAt`); the key
// comes back too, because BatchGetItem answers in no particular order.
const PROJECTION = {
  ProjectionExpression: '#pk, #sk, #h, #v, #c',
  ExpressionAttributeNames: { '#pk': 'PK', '#sk': 'SK', '#h': 'contentHash', '#v': 'version', '#c': 'createdAt' },
};

const keyString = (key: Record<string, unknown>) => `${String(key['PK'])}\u0000${String(key['SK'])}`;

/**
 * Reads `contentHash`, `version` and `createdAt` (a projection: a few bytes per item) of the items at
 * `keys`, 100 keys per consistent BatchGetItem, retrying `UnprocessedKeys` with backoff. The keys are
 * the stored ones (taken from the already parsed items), so no entity parse is repeated per key.
 * @returns one entry per key, `undefined` where no item exists.
 * @example
 * const [stamp] = await batchGetExisting(Aircraft.table, [{ PK: 'AIRCRAFT#511CR', SK: 'AIRCRAFT' }], DEFAULT_RETRY_POLICY);
 */
export const batchGetExisting = async (
  table: Entity['table'],
  keys: readonly StoredKey[],
  policy: RetryPolicy,
): Promise<(ExistingStamp | undefined)[]> => {
  const results: (ExistingStamp | undefined)[] = [];
  for (let start = 0; start < keys.length; start += BATCH_GET_LIMIT) {
    results.push(...(await getChunk(table, keys.slice(start, start + BATCH_GET_LIMIT), policy)));
  }
  return results;
};

async function getChunk(table: Entity['table'], keys: readonly StoredKey[], policy: RetryPolicy): Promise<(ExistingStamp | undefined)[]> {
  const tableName = table.getName();
  const documentClient = table.getDocumentClient();
  const found = new Map<string, ExistingStamp>();
  let pending = keys.map((key) => ({ PK: key.PK, SK: key.SK }));
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt >= policy.maxAttempts) throw new WriteFailedError(`BatchGetItem left keys unprocessed after ${policy.maxAttempts} attempts`);
    if (attempt > 0) await backoff(policy, attempt);
    try {
      const { Responses, UnprocessedKeys } = await documentClient.send(
        new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending, ConsistentRead: true, ...PROJECTION } } }),
      );
      for (const item of Responses?.[tableName] ?? []) {
        const { contentHash, version, createdAt } = item as ExistingStamp;
        found.set(keyString(item), { contentHash, version, createdAt });
      }
      const left = new Set((UnprocessedKeys?.[tableName]?.Keys ?? []).map((key) => keyString(key)));
      pending = pending.filter((key) => left.has(keyString(key)));
    } catch (error) {
      if (!isRetryableError(error) || attempt + 1 >= policy.maxAttempts) {
        throw new WriteFailedError(`BatchGetItem failed: ${(error as Error).message}`, { cause: error });
      }
    }
  }
  return keys.map((key) => found.get(keyString(key)));
}
