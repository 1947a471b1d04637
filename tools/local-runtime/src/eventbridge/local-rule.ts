import type { SubscriptionDeclaration } from '@aircraftops/events';

import type { ConsumerPump, LocalQueue, QueueDepth } from '../queues';
import type { CompiledPattern } from './compile-pattern';
import type { EventPattern } from './event-bridge-event';

/** A rule on the local bus: its compiled pattern, its queue (with DLQ) and the pump feeding its consumer. */
export interface LocalRule {
  readonly name: string;
  readonly description: string;
  readonly compiled: CompiledPattern;
  readonly subscription: SubscriptionDeclaration;
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
}
