import type { DeadLetter, DeadLetterFailure, StoredMessage } from './stored-message';

/**
 * A dead-lettered message as SQS holds it in the DLQ — same message id, body and MD5, the original
 * `SentTimestamp` (SQS keeps a standard queue's enqueue timestamp on redrive), the receive counts and
 * `DeadLetterQueueSourceArn` — plus, in the separate `failure` field, what only the local runtime knows.
 *
 * @example
 * ```ts
 * toDeadLetter(message, message.deadLetter, queue.arn).attributes.DeadLetterQueueSourceArn; // the source queue's ARN
 * ```
 */
export function toDeadLetter(message: Readonly<StoredMessage>, failure: DeadLetterFailure, sourceQueueArn: string): DeadLetter {
  return {
    messageId: message.messageId,
    body: message.body,
    md5OfBody: message.md5OfBody,
    attributes: {
      SentTimestamp: String(message.sentTimestamp),
      SenderId: message.senderId,
      ApproximateReceiveCount: String(message.receiveCount),
      ApproximateFirstReceiveTimestamp: String(message.firstReceiveTimestamp ?? message.sentTimestamp),
      DeadLetterQueueSourceArn: sourceQueueArn,
    },
    messageAttributes: {},
    failure,
  };
}
