import type { DynamoDBRecord } from 'aws-lambda';

import { isCorrelationId } from './correlation-id-rule';

/**
 * The correlation id of the write a stream record reports: the `correlationId` attribute the table
 * library stamps on every item it writes (new image, else old image); `undefined` when absent.
 *
 * @example
 * correlationIdOfStreamRecord(record); // 'req-1'
 */
export const correlationIdOfStreamRecord = (record: DynamoDBRecord): string | undefined => {
  const image = record.dynamodb?.NewImage ?? record.dynamodb?.OldImage;
  const id = image?.['correlationId']?.S;
  return isCorrelationId(id) ? id : undefined;
};
