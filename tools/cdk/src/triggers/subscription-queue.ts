import type { SubscriptionDeclaration } from '@aircraftops/declarations';
import { Duration } from 'aws-cdk-lib';
import { type EventPattern, type IEventBus, Rule } from 'aws-cdk-lib/aws-events';
import { SqsQueue } from 'aws-cdk-lib/aws-events-targets';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

import type { DeclaredFunction } from '../functions/declared-function';
import { acknowledge } from '../nag/acknowledge';
import { deadLetterQueue, encryptedQueue } from './encrypted-queue';

/** A declared subscription, its function and the platform bus (see `SubscriptionQueue`). */
export interface SubscriptionQueueProps {
  readonly subscription: SubscriptionDeclaration;
  readonly fn: DeclaredFunction;
  readonly bus: IEventBus;
}

/**
 * A declared subscription: a rule with the declared pattern on the platform bus → the function's own
 * encrypted queue (redrive to its DLQ after `maxReceiveCount` receives, the declared visibility timeout)
 * → the function with partial batch responses, batch size, window and maximum concurrency as declared.
 * Events the rule cannot deliver to the queue land in the same DLQ.
 * @example
 * new SubscriptionQueue(this, 'Subscription', { subscription, fn, bus });
 */
export class SubscriptionQueue extends Construct {
  readonly rule: Rule;
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, { subscription, fn, bus }: SubscriptionQueueProps) {
    super(scope, id);
    this.deadLetterQueue = deadLetterQueue(this, 'Dlq', subscription.name, subscription.dlqRetentionDays ?? 14).queue;
    this.queue = encryptedQueue(this, 'Queue', {
      visibilityTimeout: Duration.seconds(subscription.visibilityTimeoutSeconds),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: subscription.maxReceiveCount },
    });
    this.rule = new Rule(this, 'Rule', {
      eventBus: bus,
      description: `${subscription.name}: ${subscription.description}`,
      // The declared pattern verbatim (EventBridge syntax, `detail-type` and all): the CDK renders unknown keys as given.
      eventPattern: subscription.eventPattern as EventPattern,
      targets: [new SqsQueue(this.queue, { deadLetterQueue: this.deadLetterQueue })],
    });
    fn.function.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: subscription.batchSize,
        ...(subscription.maximumBatchingWindowInSeconds > 0 ? { maxBatchingWindow: Duration.seconds(subscription.maximumBatchingWindowInSeconds) } : {}),
        ...(subscription.maximumConcurrency !== undefined ? { maxConcurrency: subscription.maximumConcurrency } : {}),
        reportBatchItemFailures: subscription.reportBatchItemFailures,
      }),
    );
    acknowledge(
      fn.function,
      'Serverless-LambdaEventSourceMappingDestination',
      `${subscription.name}: SQS mappings have no on-failure destination; failed messages reach the DLQ through the queue redrive policy (maxReceiveCount ${subscription.maxReceiveCount}).`,
    );
  }
}
