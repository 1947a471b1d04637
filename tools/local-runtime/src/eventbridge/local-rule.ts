import type { SubscriptionDeclaration } from '@aircraftops/declarations';

import type { ConsumerPump, LocalQueue, QueueDepth } from '../queues';
import type { CompiledPattern } from './compile-pattern';
import type { EventPattern } from './event-bridge-event';

/**
 * What the local bus needs of a subscription: the rule (name, pattern) and its queue's settings. A
 * declared subscription is one; tests and tools add their own probes with just these fields.
 */
export type LocalSubscription = Pick<
  SubscriptionDeclaration,
  'name' | 'description' | 'eventPattern' | 'batchSize' | 'maxReceiveCount' | 'visibilityTimeoutSeconds'
> &
  Partial<Pick<SubscriptionDeclaration, 'maximumBatchingWindowInSeconds' | 'maximumConcurrency'>>;

/** A rule on the local bus: its compiled pattern, its queue (with DLQ) and the pump feeding its consumer. */
export interface LocalRule {
  readonly name: string;
  readonly description: string;
  readonly compiled: CompiledPattern;
  readonly subscription: LocalSubscription;
  readonly queue: LocalQueue;
  readonly pump: ConsumerPump;
}

/** What `GET /_local/rules` and the CLI show for a rule. */
export interface RuleSummary extends QueueDepth {
  readonly name: string;
  readonly description: string;
  readonly eventPattern: EventPattern;
  readonly queueArn: string;
  readonly dlqArn: string;
  readonly batchSize: number;
  readonly maxReceiveCount: number;
  readonly visibilityTimeoutSeconds: number;
  /** Batches in flight at most (declared, or the local default of 5). */
  readonly maximumConcurrency: number;
  readonly maximumBatchingWindowInSeconds: number;
}
