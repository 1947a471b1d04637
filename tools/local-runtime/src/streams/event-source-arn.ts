/**
 * The stream ARN as AWS would spell it for this table: DynamoDB Local answers
 * `arn:aws:dynamodb:ddblocal:000000000000:table/T/stream/<label>`, which no Lambda event carries. The
 * region and account are replaced (the resource part, with the table name and stream label, is kept),
 * so a consumer that parses `eventSourceARN` sees the configured region and the local account of every
 * other local ARN.
 * @example
 * eventSourceArnOf('arn:aws:dynamodb:ddblocal:000000000000:table/CoreTable/stream/2026-12-04T17:00:00.000', 'us-east-1', '123456789012');
 * // 'arn:aws:dynamodb:us-east-1:123456789012:table/CoreTable/stream/2026-12-04T17:00:00.000'
 */
export const eventSourceArnOf = (streamArn: string, region: string, accountId: string): string => {
  const parts = streamArn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return streamArn;
  parts[3] = region;
  parts[4] = accountId;
  return parts.join(':');
};
