import type { HandlerRef } from './handler-ref';

/**
 * An app's EventBridge subscription: one rule, one SQS queue, one consumer, its retries and DLQ.
 * The consumer receives SQS batch events whose body is the EventBridge event.
 */
export interface SubscriptionDeclaration {
  /** Unique across the platform: becomes the rule, queue and DLQ names. */
  readonly name: string;
  readonly description: string;
  /** An EventBridge event pattern (validated when the runtime or the CDK loads it). */
  readonly eventPattern: Readonly<Record<string, unknown>>;
  readonly handler: HandlerRef;
  /** SQS batch size (1–10). */
  readonly batchSize: number;
  /** Receives before a message moves to the DLQ (SQS maxReceiveCount). */
  readonly maxReceiveCount: number;
  /** Seconds a received message stays invisible; a failed message is retried after it (with backoff locally). */
  readonly visibilityTimeoutSeconds: number;
}
