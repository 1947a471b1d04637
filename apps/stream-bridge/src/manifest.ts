import path from 'node:path';

import { type AppManifest, defineApp, type StreamConsumerTrigger } from '@aircraftops/declarations';
import { AIRCRAFT_SOURCE, INGESTION_SOURCE } from '@aircraftops/events';

const handler = { module: path.join(__dirname, 'handlers/publish-domain-events/handler.ts'), export: 'handler' };

/** Cloud event-source-mapping settings (architecture.md); the local runtime may shorten the window. */
const mappingSettings = {
  kind: 'stream',
  batchSize: 100,
  maximumBatchingWindowInSeconds: 5,
  parallelizationFactor: 10,
  maximumRetryAttempts: 3,
  maximumRecordAgeInSeconds: 3600,
  bisectBatchOnFunctionError: true,
  reportBatchItemFailures: true,
  startingPosition: 'TRIM_HORIZON',
  onFailure: { kind: 'sqs' },
} as const satisfies Partial<StreamConsumerTrigger>;

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
 * The stream bridge: two stream consumers turn CoreTable and JobsTable changes into domain events. Each
 * may publish only its own `source`; neither reads or writes a table (the stream carries the images).
 */
export const manifest: AppManifest = defineApp({
  app: 'stream-bridge',
  functions: [
    {
      name: 'stream-bridge-core',
      description: 'CoreTable changes → aircraft, image and reference-data events on the aircraftops bus',
      handler,
      // No filter: every CoreTable entity yields events, and an unknown one must fail rather than be filtered out.
      trigger: { ...mappingSettings, table: 'CoreTable' },
      access: { putEvents: { sources: [AIRCRAFT_SOURCE] } },
      timeoutSeconds: 60,
      memoryMb: 512,
    },
    {
      name: 'stream-bridge-jobs',
      description: 'JobsTable changes → ingestion job lifecycle events on the aircraftops bus',
      handler,
      trigger: { ...mappingSettings, table: 'JobsTable', filterPatterns: jobsStreamFilterPatterns },
      access: { putEvents: { sources: [INGESTION_SOURCE] } },
      timeoutSeconds: 60,
      memoryMb: 512,
    },
  ],
});
