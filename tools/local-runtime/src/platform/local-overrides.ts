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

/** The local window unless told otherwise: long enough to fill batches under load, short enough for a click. */
export const DEFAULT_LOCAL_BATCHING_WINDOW_MS = 500;

/** The local choices for stream mappings; everything not named here runs as declared. */
export interface LocalStreamChoices {
  /**
   * The batching window locally, in milliseconds, never longer than declared; `'declared'` runs the
   * declared one. Default 500 ms: the cloud's window (the bridge's 5 s) fills PutEvents calls under load
   * at the price of seconds per change; locally half a second fills batches of a bulk load as well and
   * keeps a click's effect quick. Printed at start.
   */
  readonly batchingWindowMs?: number | 'declared';
}

/**
 * The batching window (ms) a mapping runs with locally.
 * @example
 * localBatchingWindowMs(bridgeDeclaration); // 500 (declared: 5 s)
 * localBatchingWindowMs(bridgeDeclaration, { batchingWindowMs: 'declared' }); // 5000
 */
export const localBatchingWindowMs = (declaration: StreamConsumerDeclaration, choices: LocalStreamChoices = {}): number => {
  const declared = declaration.maximumBatchingWindowInSeconds * 1000;
  const choice = choices.batchingWindowMs ?? DEFAULT_LOCAL_BATCHING_WINDOW_MS;
  return choice === 'declared' ? declared : Math.min(choice, declared);
};

/**
 * The only places where local wiring deliberately differs from the cloud declarations:
 * - the batching window, shortened (`localBatchingWindowMs`, default 500 ms, never longer than declared)
 *   unless `'declared'` is chosen — applied by the mapping, printed at start;
 * - the runtime's stream warm-up writes (a DynamoDB Local workaround, see toolchain notes) are filtered
 *   out, so consumers never see an item that exists only locally.
 * Everything else runs as declared, ParallelizationFactor included: up to N batches per shard at once,
 * one item's records in order, delivery at least once (as in AWS; consumers are idempotent).
 * @example
 * const settings = localStreamOverrides(declaration); // the declaration plus the warm-up filter
 */
export const localStreamOverrides = (declaration: StreamConsumerDeclaration): StreamConsumerDeclaration => ({
  ...declaration,
  filterPatterns: declaration.filterPatterns?.length
    ? declaration.filterPatterns.map((pattern) => mergePatterns(pattern, notWarmUp))
    : [notWarmUp],
});
