import type { OnFailureRecord, StreamFailure } from '@aircraftops/local-runtime';

import { truncateText } from '../../support/truncate-text';

const BODY_WIDTH = 80;

/** Where the hint's `aws dynamodbstreams` commands point; a placeholder when the endpoint is unknown. */
export interface StreamFailuresHint {
  readonly dynamodbEndpoint?: string;
}

/**
 * A consumer's on-failure records for people: when and why the mapping gave up, after how many
 * invokes, the shard and sequence-number range of the batch, and the commands that read those
 * records again from the stream (the on-failure record names them; it does not contain them).
 *
 * @example
 * ```ts
 * io.stdout(formatStreamFailures('stream-bridge', await client.streamFailures('stream-bridge'), { dynamodbEndpoint }));
 * ```
 */
export const formatStreamFailures = (consumer: string, failures: readonly StreamFailure[], hint: StreamFailuresHint = {}): string => {
  if (failures.length === 0) return `Stream consumer ${consumer} has no on-failure records.\n`;
  const endpoint = hint.dynamodbEndpoint ?? '<dynamodb endpoint>';
  const blocks = failures.map((failure, index) =>
    failure.record
      ? describeRecord(index + 1, failure.record, endpoint)
      : `${index + 1}. ${failure.sentAt}  not an on-failure record (message ${failure.messageId}): ${truncateText(failure.body, BODY_WIDTH)}\n`,
  );
  const count = `${failures.length} on-failure ${failures.length === 1 ? 'record' : 'records'}`;
  const footer =
    `${count} for stream consumer ${consumer}. They name the discarded records, not their content: run a batch's\n` +
    `"re-read" command, then read from the iterator it prints up to the batch's end sequence number with\n` +
    `  aws dynamodbstreams get-records --endpoint-url ${endpoint} --shard-iterator <ShardIterator>\n` +
    `(stream records are kept for 24 hours).\n`;
  return `${blocks.join('\n')}\n${footer}`;
};

const describeRecord = (position: number, record: OnFailureRecord, endpoint: string): string => {
  const { requestContext: context, DDBStreamBatchInfo: batch } = record;
  const invokes = `${context.approximateInvokeCount} ${context.approximateInvokeCount === 1 ? 'invoke' : 'invokes'}`;
  const records = `${batch.batchSize} ${batch.batchSize === 1 ? 'record' : 'records'}`;
  const reRead =
    `aws dynamodbstreams get-shard-iterator --endpoint-url ${endpoint} --stream-arn ${batch.streamArn}` +
    ` --shard-id ${batch.shardId} --shard-iterator-type AT_SEQUENCE_NUMBER --sequence-number ${batch.startSequenceNumber}`;
  return [
    `${position}. ${record.timestamp}  ${context.condition} after ${invokes}: ${describeCause(record)}`,
    `   shard      ${batch.shardId}`,
    `   sequence   ${batch.startSequenceNumber} … ${batch.endSequenceNumber} (${records})`,
    `   arrived    ${batch.approximateArrivalOfFirstRecord} … ${batch.approximateArrivalOfLastRecord}`,
    `   request    ${context.requestId}`,
    `   re-read    ${reRead}`,
    '',
  ].join('\n');
};

const describeCause = (record: OnFailureRecord): string => {
  if (record.requestContext.condition === 'RecordAgeExceeded') return 'the records grew older than MaximumRecordAgeInSeconds';
  if (record.responseContext?.functionError === 'Unhandled') return 'the handler threw';
  return 'the handler reported the batch as failed (batchItemFailures)';
};
