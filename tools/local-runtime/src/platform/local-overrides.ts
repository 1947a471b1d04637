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

/** The local choices for stream mappings; everything not named here runs as declared. */
export interface LocalStreamChoices {
  /**
   * The batching window locally, in seconds: `'declared'` runs the declared one. Default 0: the cloud's
   * window (the bridge's 5 s) exists to fill PutEvents calls under load; locally it would add seconds to
   * every click, and bulk loads fill batches anyway. Printed at start.
   */
  readonly batchingWindowSeconds?: number | 'declared';
}

/** The batching window a mapping runs with locally. */
export const localBatchingWindow = (declaration: StreamConsumerDeclaration, choices: LocalStreamChoices = {}): number => {
  const choice = choices.batchingWindowSeconds ?? 0;
  return choice === 'declared' ? declaration.maximumBatchingWindowInSeconds : Math.min(choice, declaration.maximumBatchingWindowInSeconds);
};

/**
 * The only places where local wiring deliberately differs from the cloud declarations:
 * - the batching window, shortened (default 0) unless `batchingWindowSeconds: 'declared'` — a printed,
 *   explicit choice (never longer than declared);
 * - the runtime's stream warm-up writes (a DynamoDB Local workaround, see toolchain notes) are filtered
 *   out, so consumers never see an item that exists only locally.
 * Everything else runs as declared, ParallelizationFactor included: up to N batches per shard at once,
 * one item's records in order, delivery at least once (as in AWS; consumers are idempotent).
 */
export const localStreamOverrides = (declaration: StreamConsumerDeclaration, choices: LocalStreamChoices = {}): StreamConsumerDeclaration => ({
  ...declaration,
  maximumBatchingWindowInSeconds: localBatchingWindow(declaration, choices),
  filterPatterns: declaration.filterPatterns?.length
    ? declaration.filterPatterns.map((pattern) => mergePatterns(pattern, notWarmUp))
    : [notWarmUp],
});
