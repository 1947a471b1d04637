/**
 * Checkpoint value meaning "this closed shard was read to its end"; its children may start. Same
 * sentinel the Kinesis Client Library uses.
 */
export const SHARD_END = 'SHARD_END';

/**
 * Where a mapping records, per shard, the last sequence number it has finished with (delivered,
 * filtered out or sent to the on-failure destination). Reading resumes AFTER that sequence number.
 * @example
 * await store.set('stream-bridge', 'shardId-0001', '000000000000000000042');
 * await store.get('stream-bridge', 'shardId-0001'); // '000000000000000000042'
 */
export interface CheckpointStore {
  get(mappingName: string, shardId: string): Promise<string | undefined>;
  set(mappingName: string, shardId: string, sequenceNumber: string): Promise<void>;
}
