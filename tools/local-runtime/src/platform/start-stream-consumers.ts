import path from 'node:path';

import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { type AppManifest, LOCAL_ACCOUNT_ID, streamConsumersOf } from '@aircraftops/declarations';
import { testEventPattern } from '@aircraftops/events';
import type { DynamoDbConfig } from '@aircraftops/tables';

import { LocalQueue } from '../queues';
import {
  type CheckpointStore,
  createStreamsClient,
  eventSourceArnOf,
  FileCheckpointStore,
  InMemoryCheckpointStore,
  resolveStreamArn,
  StreamEventSourceMapping,
  type StreamMappingStats,
} from '../streams';
import { functionNamed, type PlatformFunctions } from './build-functions';
import type { TtlDeletions } from '../ttl';
import { localBatchingWindowMs, type LocalStreamChoices, localStreamOverrides } from './local-overrides';

export interface StartedStreamConsumer {
  readonly name: string;
  readonly mapping: StreamEventSourceMapping;
  /** The on-failure destination: AWS on-failure records of batches that were given up on. */
  readonly onFailure: LocalQueue;
  describe(): { name: string; table: string; stats: StreamMappingStats; onFailureDepth: number };
  stop(): Promise<void>;
}

interface Options {
  readonly manifests: readonly AppManifest[];
  /** The built functions the mappings invoke. */
  readonly functions: PlatformFunctions;
  readonly client: DynamoDBClient;
  readonly config: DynamoDbConfig;
  readonly checkpointDir?: string;
  readonly onFailureDir?: string;
  /** The runtime's TTL deletions: their REMOVE records carry AWS's TTL `userIdentity`. */
  readonly ttlDeletions?: TtlDeletions;
  readonly choices?: LocalStreamChoices;
  readonly log: (line: string) => void;
}

/**
 * One event-source mapping per declared stream consumer, invoking its built function, with its checkpoints
 * and on-failure queue; settings as declared except the local choices of `localStreamOverrides`.
 * @example
 * const consumers = await startStreamConsumers({ manifests: platformApps, functions, client, config, ttlDeletions, log });
 */
export const startStreamConsumers = async (options: Options): Promise<StartedStreamConsumer[]> => {
  const { config } = options;
  const streamsClient = createStreamsClient({ region: config.region, endpoint: config.endpoint });
  const checkpoints: CheckpointStore = options.checkpointDir
    ? new FileCheckpointStore(options.checkpointDir)
    : new InMemoryCheckpointStore();
  const started: StartedStreamConsumer[] = [];
  for (const declaration of options.manifests.flatMap(streamConsumersOf)) {
    const settings = localStreamOverrides(declaration);
    const tableName = config.tableNames[declaration.table];
    const streamArn = await resolveStreamArn(options.client, tableName);
    const { ttlDeletions } = options;
    const onFailure = new LocalQueue({
      name: `${declaration.name}-on-failure`,
      region: config.region,
      accountId: LOCAL_ACCOUNT_ID,
      visibilityTimeoutSeconds: 30,
      maxReceiveCount: 1000,
      senderId: 'lambda.amazonaws.com',
      journalPath: options.onFailureDir ? path.join(options.onFailureDir, `${declaration.name}.jsonl`) : undefined,
    });
    const mapping = new StreamEventSourceMapping({
      name: declaration.name,
      streamsClient,
      streamArn,
      // Records name the stream as AWS would: the configured region and the local account of every local ARN.
      eventSourceArn: eventSourceArnOf(streamArn, config.region, LOCAL_ACCOUNT_ID),
      creationTimeFromReadTime: true,
      batchingWindowMs: localBatchingWindowMs(declaration, options.choices),
      isTtlRemove: ttlDeletions ? (keys, sequenceNumber) => ttlDeletions.isTtlRemove(tableName, keys, sequenceNumber) : undefined,
      region: config.region,
      // The on-failure record names the function as the built function's context does.
      functionArn: `arn:aws:lambda:${config.region}:${LOCAL_ACCOUNT_ID}:function:${declaration.name}`,
      settings,
      // A declared function: its own environment, access check and timeout (a timeout is a function error).
      invoke: (event) => functionNamed(options.functions, declaration.name).invoke(event),
      onFailure: async (record) => {
        onFailure.send(JSON.stringify(record));
        options.log(`[${declaration.name}] gave up on a batch (${record.requestContext.condition}); on-failure record queued`);
      },
      checkpoints,
      match: (pattern, event) => testEventPattern(pattern, event),
    });
    await mapping.start();
    started.push({
      name: declaration.name,
      mapping,
      onFailure,
      describe: () => ({
        name: declaration.name,
        table: declaration.table,
        stats: mapping.stats(),
        onFailureDepth: onFailure.depth().available,
      }),
      stop: async () => {
        await mapping.stop();
        onFailure.close();
      },
    });
  }
  return started;
};
