import { WARM_UP_KEY } from '@aircraftops/dynamodb-local';
import type { StreamConsumerDeclaration } from '@aircraftops/declarations';

type Pattern = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Both patterns' conditions at once (EventBridge ANDs fields); a field both constrain keeps the declared one. */
const mergePatterns = (declared: Pattern, extra: Pattern): Pattern => {
  const merged: Record<string, unknown> = { ...declared };
  for (const [field, value] of Object.entries(extra)) {
    const existing = merged[field];
    if (existing === undefined) merged[field] = value;
    else if (isObject(existing) && isObject(value)) merged[field] = mergePatterns(existing, value);
  }
  return merged;
};

/** Every table's partition key is `PK` (see the table specs). */
const notWarmUp: Pattern = { dynamodb: { Keys: { PK: { S: [{ 'anything-but': WARM_UP_KEY }] } } } };

/**
 * The only places where local wiring deliberately differs from the cloud declarations:
 * - no batching window: the cloud's 5 s window exists to fill PutEvents calls under load; locally it would
 *   only add seconds to every demo click, and bulk loads fill batches anyway;
 * - one lane per shard (ParallelizationFactor 1): with several lanes one lane can run ahead of a record
 *   another lane still holds, and a stop then leaves records after the checkpoint that were already
 *   delivered — at-least-once, as in AWS, but `--persist` restarts promise that a committed record is never
 *   delivered twice; the mapping still reads ahead while a batch runs;
 * - the runtime's stream warm-up writes (a DynamoDB Local workaround, see toolchain notes) are filtered
 *   out, so consumers never see an item that exists only locally.
 */
export const localStreamOverrides = (declaration: StreamConsumerDeclaration): StreamConsumerDeclaration => ({
  ...declaration,
  maximumBatchingWindowInSeconds: 0,
  parallelizationFactor: 1,
  filterPatterns: declaration.filterPatterns?.length
    ? declaration.filterPatterns.map((pattern) => mergePatterns(pattern, notWarmUp))
    : [notWarmUp],
});
