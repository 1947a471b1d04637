import path from 'node:path';

import type { AppManifest, StreamConsumerDeclaration } from '@aircraftops/events';

const handler = { module: path.join(__dirname, 'handlers/publish-domain-events/handler.ts'), export: 'handler' };

/** Cloud event-source-mapping settings (architecture.md); the local runtime may shorten the window. */
const mappingSettings = {
  batchSize: 100,
  maximumBatchingWindowInSeconds: 5,
  parallelizationFactor: 10,
  maximumRetryAttempts: 3,
  maximumRecordAgeInSeconds: 3600,
  bisectBatchOnFunctionError: true,
  reportBatchItemFailures: true,
  startingPosition: 'TRIM_HORIZON',
} as const satisfies Partial<StreamConsumerDeclaration>;

/** JobsTable entities whose (numerous) writes are never events: row errors and checkpoints. */
const JOBS_NOISE = ['JobRowError', 'JobCheckpoint'];

/**
 * Lambda filter criteria for JobsTable: everything except row-error and checkpoint records. Patterns are
 * OR-ed. `anything-but` never matches a missing field, so items without a string `_et` get patterns of their
 * own (they must reach the bridge and fail, not vanish); REMOVE records carry only the OldImage.
 */
export const jobsStreamFilterPatterns = [
  { eventName: ['INSERT', 'MODIFY'], dynamodb: { NewImage: { _et: { S: [{ 'anything-but': JOBS_NOISE }] } } } },
  { eventName: ['INSERT', 'MODIFY'], dynamodb: { NewImage: { _et: { S: [{ exists: false }] } } } },
  { eventName: ['REMOVE'], dynamodb: { OldImage: { _et: { S: [{ 'anything-but': JOBS_NOISE }] } } } },
  { eventName: ['REMOVE'], dynamodb: { OldImage: { _et: { S: [{ exists: false }] } } } },
] as const;

/**
 * What the stream-bridge app exposes and consumes; read by the local runtime and the CDK. It has no routes
 * and no subscriptions: two stream consumers turn CoreTable and JobsTable changes into domain events.
 *
 * @example
 * ```ts
 * for (const consumer of manifest.streamConsumers) console.log(consumer.name, consumer.table);
 * ```
 */
export const manifest: AppManifest = {
  app: 'stream-bridge',
  routes: [],
  subscriptions: [],
  streamConsumers: [
    {
      name: 'stream-bridge-core',
      description: 'CoreTable changes → aircraft, image and reference-data events on the aircraftops bus',
      table: 'CoreTable',
      handler,
      ...mappingSettings,
      // No filter: every CoreTable entity yields events, and an unknown one must fail rather than be filtered out.
    },
    {
      name: 'stream-bridge-jobs',
      description: 'JobsTable changes → ingestion job lifecycle events on the aircraftops bus',
      table: 'JobsTable',
      handler,
      ...mappingSettings,
      filterPatterns: jobsStreamFilterPatterns,
    },
  ],
};
