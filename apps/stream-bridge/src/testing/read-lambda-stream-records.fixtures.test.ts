import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DescribeStreamCommand, GetRecordsCommand, GetShardIteratorCommand } from '@aws-sdk/client-dynamodb-streams';
import type { _Record as SdkStreamRecord, DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';

/**
 * Shapes a GetRecords record like Lambda delivers it (a test helper: apps may not import the local runtime's
 * translator). `Date` → epoch seconds, `userIdentity` `{Type, PrincipalId}` → `{type, principalId}`, region
 * and ARN as Lambda stamps them. Our entities hold no binary attributes, so images pass through unchanged.
 */
export const toLambdaRecord = (record: SdkStreamRecord, streamArn: string): DynamoDBRecord => {
  const stream = record.dynamodb ?? {};
  return {
    eventID: record.eventID,
    eventName: record.eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'us-east-1',
    dynamodb: {
      ApproximateCreationDateTime: (stream.ApproximateCreationDateTime as Date).getTime() / 1000,
      Keys: stream.Keys as Record<string, AttributeValue>,
      ...(stream.NewImage ? { NewImage: stream.NewImage as Record<string, AttributeValue> } : {}),
      ...(stream.OldImage ? { OldImage: stream.OldImage as Record<string, AttributeValue> } : {}),
      SequenceNumber: stream.SequenceNumber,
      SizeBytes: stream.SizeBytes,
      StreamViewType: stream.StreamViewType,
    },
    eventSourceARN: streamArn,
    ...(record.userIdentity ? { userIdentity: { type: record.userIdentity.Type, principalId: record.userIdentity.PrincipalId } } : {}),
  };
};

/** Every record of the table's stream so far (all shards, from TRIM_HORIZON), in Lambda's shape. */
export async function readLambdaStreamRecords(client: DynamoDBClient, streams: DynamoDBStreamsClient, tableName: string): Promise<DynamoDBRecord[]> {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  const streamArn = Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`${tableName} has no stream`);
  const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
  const records: DynamoDBRecord[] = [];
  for (const shard of StreamDescription?.Shards ?? []) {
    let { ShardIterator: iterator } = await streams.send(
      new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shard.ShardId, ShardIteratorType: 'TRIM_HORIZON' }),
    );
    // A local shard never closes: stop at the first empty page (records are readable as soon as a write returns).
    while (iterator) {
      const page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator }));
      if (!page.Records?.length) break;
      records.push(...page.Records.map((record) => toLambdaRecord(record, streamArn)));
      iterator = page.NextShardIterator;
    }
  }
  return records;
}
