/**
 * An EventBridge subscription: one rule on the `aircraftops` bus → the function's own SQS queue (with a
 * DLQ) → the function, which answers with partial batch responses. Names of the rule, queue and DLQ
 * derive from the function name.
 * @example
 * const trigger: SubscriptionTrigger = { kind: 'subscription', eventPattern: { source: [{ prefix: 'aircraftops.' }] },
 *   batchSize: 10, maximumBatchingWindowInSeconds: 0, maxReceiveCount: 5, visibilityTimeoutSeconds: 180,
 *   reportBatchItemFailures: true };
 */
export interface SubscriptionTrigger {
  readonly kind: 'subscription';
  /** An EventBridge event pattern (validated when the runtime or the CDK loads it). */
  readonly eventPattern: Readonly<Record<string, unknown>>;
  /** SQS batch size (1–10 without a batching window, up to 10,000 with one). */
  readonly batchSize: number;
  /** SQS event-source mapping batching window (0–300 s). */
  readonly maximumBatchingWindowInSeconds: number;
  /** Concurrent invocations the queue's mapping may run (2–1000); omitted: as many as Lambda scales to. */
  readonly maximumConcurrency?: number;
  /** Receives before a message moves to the DLQ (SQS `maxReceiveCount`). */
  readonly maxReceiveCount: number;
  /** Seconds a received message stays invisible; AWS advises at least 6× the function timeout. */
  readonly visibilityTimeoutSeconds: number;
  /** Days a message is kept in the DLQ (1–14). Default 14. */
  readonly dlqRetentionDays?: number;
  /** `ReportBatchItemFailures`: only the failed messages are retried. */
  readonly reportBatchItemFailures: boolean;
}
