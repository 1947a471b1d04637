import type { SQSEvent, SQSRecord } from 'aws-lambda';

/**
 * An SQS event with one record per body (objects are JSON-encoded); message ids are `msg-0`, `msg-1`….
 *
 * @example
 * const event = buildSqsEvent([{ detail: { nNumber: 'N1' } }, 'plain text']);
 */
export const buildSqsEvent = (bodies: readonly unknown[], queueName = 'test-queue'): SQSEvent => ({
  Records: bodies.map((body, index): SQSRecord => ({
    messageId: `msg-${index}`,
    receiptHandle: `receipt-${index}`,
    body: typeof body === 'string' ? body : JSON.stringify(body),
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: '1735689600000',
      SenderId: '000000000000',
      ApproximateFirstReceiveTimestamp: '1735689600000',
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: `arn:aws:sqs:us-east-1:000000000000:${queueName}`,
    awsRegion: 'us-east-1',
  })),
});
