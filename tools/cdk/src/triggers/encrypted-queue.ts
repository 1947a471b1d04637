import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { Queue, QueueEncryption, type QueueProps } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

import { acknowledge } from '../nag/acknowledge';

/**
 * An SQS queue encrypted at rest (SSE-SQS: EventBridge and Lambda can write to it without a key policy
 * on a key another stack owns) that refuses plain-HTTP access.
 * @example
 * const queue = encryptedQueue(this, 'Queue', { visibilityTimeout: Duration.seconds(60) });
 */
export const encryptedQueue = (scope: Construct, id: string, props: QueueProps = {}): Queue =>
  new Queue(scope, id, { ...props, encryption: QueueEncryption.SQS_MANAGED, enforceSSL: true });

/**
 * A queue where messages end up when delivery gave up (a DLQ or an on-failure destination), with an alarm
 * as soon as one message waits there: anything in it is an incident someone must look at.
 * @example
 * const { queue } = deadLetterQueue(this, 'Dlq', 'audit-record-event', 14);
 */
export const deadLetterQueue = (scope: Construct, id: string, owner: string, retentionDays = 14): { queue: Queue; alarm: Alarm } => {
  const queue = encryptedQueue(scope, id, { retentionPeriod: Duration.days(retentionDays) });
  acknowledge(queue, 'AwsSolutions-SQS3', 'This queue is itself the dead-letter (or on-failure) destination; a DLQ of a DLQ would hide failures.');
  acknowledge(queue, 'Serverless-SQSRedrivePolicy', 'This queue is itself the dead-letter (or on-failure) destination; nothing consumes it automatically.');
  const alarm = new Alarm(scope, `${id}DepthAlarm`, {
    alarmDescription: `Messages wait in ${owner}'s dead-letter queue (redrive after fixing the cause; see docs/deploy.md)`,
    metric: queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
    threshold: 1,
    evaluationPeriods: 1,
    comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
  return { queue, alarm };
};
