import type { SQSEvent } from 'aws-lambda';

import type { ReceivedMessage } from './stored-message';

/**
 * Shapes received messages exactly as the Lambda SQS event source does.
 *
 * @example
 * ```ts
 * const event = toSqsEvent(queue.receive(10), { queueArn: queue.arn, region: 'us-east-1' });
 * await handler(event);
 * ```
 */
export function toSqsEvent(
  received: readonly ReceivedMessage[],
  source: { readonly queueArn: string; readonly region: string },
): SQSEvent {
  return {
    Records: received.map(({ message, receiptHandle }) => ({
      messageId: message.messageId,
      receiptHandle,
      body: message.body,
      attributes: {
        ApproximateReceiveCount: String(message.receiveCount),
        SentTimestamp: String(message.sentTimestamp),
        SenderId: message.senderId,
        ApproximateFirstReceiveTimestamp: String(message.firstReceiveTimestamp ?? message.sentTimestamp),
      },
      messageAttributes: {},
      md5OfBody: message.md5OfBody,
      eventSource: 'aws:sqs',
      eventSourceARN: source.queueArn,
      awsRegion: source.region,
    })),
  };
}
