import {
  type _Record as SdkStreamRecord,
  type DescribeStreamInput,
  type DescribeStreamOutput,
  ExpiredIteratorException,
  type GetRecordsInput,
  type GetRecordsOutput,
  type GetShardIteratorInput,
  type GetShardIteratorOutput,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb-streams';

import type { FilterMatcher, JsonObject } from './filter-matcher';
import type { StreamsApi } from './streams-api';

interface FakeShard {
  readonly shardId: string;
  readonly parentShardId?: string;
  readonly records: SdkStreamRecord[];
  closed: boolean;
}

export interface FakeWrite {
  readonly pk: string;
  readonly eventName?: 'INSERT' | 'MODIFY' | 'REMOVE';
  readonly attributes?: Record<string, string>;
  readonly createdAt?: Date;
  readonly ttl?: boolean;
}

export const FAKE_STREAM_ARN = 'arn:aws:dynamodb:ddblocal:000000000000:table/FakeTable/stream/2025-01-01T00:00:00.000';

/**
 * An in-memory DynamoDB stream with the behaviours DynamoDB Local cannot show: several shards, shards
 * that close and have children, paginated DescribeStream and iterators that expire.
 */
export class FakeStream implements StreamsApi {
  readonly shards = new Map<string, FakeShard>();
  readonly calls: string[] = [];
  private readonly iterators = new Map<string, { shardId: string; index: number }>();
  private readonly expired = new Set<string>();
  private sequence = 100;
  private iteratorCounter = 0;
  /** DescribeStream page size, small so pagination is exercised. */
  pageSize = 2;
  /** Records returned per GetRecords at most (in addition to the request's Limit). */
  maxRecordsPerRead = 1000;

  constructor(shardIds: readonly string[] = ['shard-0001']) {
    for (const shardId of shardIds) this.addShard(shardId);
  }

  addShard(shardId: string, parentShardId?: string): void {
    this.shards.set(shardId, { shardId, ...(parentShardId ? { parentShardId } : {}), records: [], closed: false });
  }

  closeShard(shardId: string): void {
    this.shard(shardId).closed = true;
  }

  /** Appends a record; returns its sequence number. */
  write(shardId: string, write: FakeWrite): string {
    const shard = this.shard(shardId);
    if (shard.closed) throw new Error(`shard ${shardId} is closed`);
    const sequenceNumber = String(++this.sequence).padStart(21, '0');
    const eventName = write.eventName ?? 'INSERT';
    const image = { PK: { S: write.pk }, ...Object.fromEntries(Object.entries(write.attributes ?? {}).map(([k, v]) => [k, { S: v }])) };
    shard.records.push({
      eventID: `event-${sequenceNumber}`,
      eventName,
      eventVersion: '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: 'ddblocal',
      dynamodb: {
        ApproximateCreationDateTime: write.createdAt ?? new Date(),
        Keys: { PK: { S: write.pk } },
        ...(eventName !== 'REMOVE' ? { NewImage: image } : {}),
        ...(eventName !== 'INSERT' ? { OldImage: image } : {}),
        SequenceNumber: sequenceNumber,
        SizeBytes: 20,
        StreamViewType: 'NEW_AND_OLD_IMAGES',
      },
      ...(write.ttl ? { userIdentity: { PrincipalId: 'dynamodb.amazonaws.com', Type: 'Service' } } : {}),
    });
    return sequenceNumber;
  }

  expireIterators(): void {
    for (const id of this.iterators.keys()) this.expired.add(id);
  }

  async describeStream(input: DescribeStreamInput): Promise<DescribeStreamOutput> {
    this.calls.push(`DescribeStream ${input.ExclusiveStartShardId ?? ''}`.trim());
    if (input.StreamArn !== FAKE_STREAM_ARN) {
      throw new ResourceNotFoundException({ message: `Requested resource not found: Stream: ${input.StreamArn} not found`, $metadata: {} });
    }
    const all = [...this.shards.values()];
    const from = input.ExclusiveStartShardId ? all.findIndex((s) => s.shardId === input.ExclusiveStartShardId) + 1 : 0;
    const page = all.slice(from, from + this.pageSize);
    const more = from + this.pageSize < all.length;
    return {
      StreamDescription: {
        StreamArn: FAKE_STREAM_ARN,
        Shards: page.map((s) => ({
          ShardId: s.shardId,
          ...(s.parentShardId ? { ParentShardId: s.parentShardId } : {}),
          SequenceNumberRange: {
            StartingSequenceNumber: s.records[0]?.dynamodb?.SequenceNumber ?? '0',
            ...(s.closed ? { EndingSequenceNumber: s.records.at(-1)?.dynamodb?.SequenceNumber ?? '0' } : {}),
          },
        })),
        ...(more ? { LastEvaluatedShardId: page.at(-1)?.shardId } : {}),
      },

    };
  }

  async getShardIterator(input: GetShardIteratorInput): Promise<GetShardIteratorOutput> {
    const shard = this.shard(input.ShardId ?? '');
    this.calls.push(`GetShardIterator ${shard.shardId} ${input.ShardIteratorType} ${input.SequenceNumber ?? ''}`.trim());
    let index: number;
    if (input.ShardIteratorType === 'TRIM_HORIZON') index = 0;
    else if (input.ShardIteratorType === 'LATEST') index = shard.records.length;
    else if (input.ShardIteratorType === 'AFTER_SEQUENCE_NUMBER') {
      const at = shard.records.findIndex((r) => r.dynamodb?.SequenceNumber === input.SequenceNumber);
      if (at < 0) throw new Error(`sequence number ${input.SequenceNumber} not in ${shard.shardId}`);
      index = at + 1;
    } else throw new Error(`unsupported iterator type ${input.ShardIteratorType}`);
    return { ShardIterator: this.newIterator(shard.shardId, index) };
  }

  async getRecords(input: GetRecordsInput): Promise<GetRecordsOutput> {
    const id = input.ShardIterator ?? '';
    if (this.expired.has(id)) {
      this.calls.push('GetRecords expired');
      throw new ExpiredIteratorException({ message: 'Iterator expired', $metadata: {} });
    }
    const position = this.iterators.get(id);
    if (!position) throw new Error(`unknown iterator ${id}`);
    const shard = this.shard(position.shardId);
    const limit = Math.min(input.Limit ?? 1000, this.maxRecordsPerRead);
    const records = shard.records.slice(position.index, position.index + limit);
    const next = position.index + records.length;
    const ended = shard.closed && next >= shard.records.length;
    return {
      Records: records,
      ...(ended ? {} : { NextShardIterator: this.newIterator(shard.shardId, next) }),

    };
  }

  private newIterator(shardId: string, index: number): string {
    const id = `iterator-${++this.iteratorCounter}`;
    this.iterators.set(id, { shardId, index });
    return id;
  }

  private shard(shardId: string): FakeShard {
    const shard = this.shards.get(shardId);
    if (!shard) throw new Error(`no shard ${shardId}`);
    return shard;
  }
}

/**
 * A small stand-in for the EventBridge matcher: arrays list accepted leaf values, objects nest.
 * Enough for filter-criteria plumbing tests; the real matcher has its own conformance tests.
 */
export const fakeMatch: FilterMatcher = (pattern, event) =>
  Object.entries(pattern).every(([key, expected]) => {
    const actual = event[key];
    if (Array.isArray(expected)) return expected.includes(actual);
    return actual !== null && typeof actual === 'object' && fakeMatch(expected as JsonObject, actual as JsonObject);
  });
