import type { StreamConsumerDeclaration } from '@aircraftops/events';

/**
 * The only places where local wiring deliberately differs from the cloud declarations, printed at
 * start-up. The cloud's 5 s batching window exists to fill PutEvents calls under load; locally it would
 * only add seconds of latency to every demo click, and bulk loads fill batches anyway.
 */
export const localStreamOverrides = (declaration: StreamConsumerDeclaration): StreamConsumerDeclaration => ({
  ...declaration,
  maximumBatchingWindowInSeconds: 0,
});
