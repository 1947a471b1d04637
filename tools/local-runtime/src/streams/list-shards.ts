import type { Shard } from '@aws-sdk/client-dynamodb-streams';

import type { StreamsApi } from './streams-api';

/** A shard as the mapping tracks it. */
export interface ShardInfo {
  readonly shardId: string;
  readonly parentShardId?: string;
  /** A closed shard receives no new records; reading it to the end lets its children start. */
  readonly closed: boolean;
}

const toShardInfo = (shard: Shard): ShardInfo | undefined =>
  shard.ShardId
    ? {
        shardId: shard.ShardId,
        ...(shard.ParentShardId ? { parentShardId: shard.ParentShardId } : {}),
        closed: shard.SequenceNumberRange?.EndingSequenceNumber !== undefined,
      }
    : undefined;

/**
 * Every shard of the stream, following DescribeStream's pagination (`LastEvaluatedShardId`).
 * @example
 * const shards = await listShards(streams, streamArn); // [{ shardId, parentShardId?, closed }]
 */
export const listShards = async (streams: StreamsApi, streamArn: string): Promise<ShardInfo[]> => {
  const shards: ShardInfo[] = [];
  let exclusiveStartShardId: string | undefined;
  do {
    const { StreamDescription } = await streams.describeStream({
      StreamArn: streamArn,
      ...(exclusiveStartShardId ? { ExclusiveStartShardId: exclusiveStartShardId } : {}),
    });
    for (const shard of StreamDescription?.Shards ?? []) {
      const info = toShardInfo(shard);
      if (info) shards.push(info);
    }
    exclusiveStartShardId = StreamDescription?.LastEvaluatedShardId;
  } while (exclusiveStartShardId);
  return shards;
};
