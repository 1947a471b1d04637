import { S3Client } from '@aws-sdk/client-s3';
import { createCoreEntities, createDocumentClient, createJobsEntities, createTables, dynamoDbConfigFromEnv } from '@aircraftops/tables';

import { DynamoCoreDeltaWriter, type DynamoCoreDeltaWriterOptions, DynamoJobStore, DynamoReferenceStore, LocalDatasetStore, S3DatasetStore } from './adapters';
import type { DatasetStore, IngestionDeps } from './use-cases';

type Env = Record<string, string | undefined>;

/** Environment variables of the dataset store: a local folder, or else an S3 bucket. */
export const DATASET_ENV = { dataDir: 'AIRCRAFTOPS_DATA_DIR', bucket: 'AIRCRAFTOPS_DATASET_BUCKET' } as const;

/**
 * The dataset store the environment names: `AIRCRAFTOPS_DATA_DIR` (local folder) wins over
 * `AIRCRAFTOPS_DATASET_BUCKET` (S3); neither is a configuration error.
 * @example
 * const datasets = datasetStoreFromEnv({ AIRCRAFTOPS_DATA_DIR: '/data/faa' });
 */
export const datasetStoreFromEnv = (env: Env = process.env): DatasetStore => {
  const dataDir = env[DATASET_ENV.dataDir];
  if (dataDir) return new LocalDatasetStore(dataDir);
  const bucket = env[DATASET_ENV.bucket];
  if (bucket) return new S3DatasetStore(new S3Client({}), bucket);
  throw new Error(`set ${DATASET_ENV.dataDir} (a local folder) or ${DATASET_ENV.bucket} (an S3 bucket) to read datasets`);
};

/** Tuning of the ports `ingestionDepsFromEnv` builds. */
export interface IngestionDepsOptions {
  readonly writer?: DynamoCoreDeltaWriterOptions;
}

/**
 * The use cases' ports built from the environment (DynamoDB config of `@aircraftops/tables`).
 * @example
 * const deps = ingestionDepsFromEnv();
 * const job = await startJob(deps, { files: [{ key: 'MASTER.txt' }], startedBy: actor });
 */
export const ingestionDepsFromEnv = (env: Env = process.env, options: IngestionDepsOptions = {}): IngestionDeps => {
  const config = dynamoDbConfigFromEnv(env);
  const tables = createTables(createDocumentClient(config), config);
  const core = createCoreEntities(tables.CoreTable);
  return {
    jobs: new DynamoJobStore(createJobsEntities(tables.JobsTable)),
    writer: new DynamoCoreDeltaWriter(core, options.writer),
    references: new DynamoReferenceStore(core),
    datasets: datasetStoreFromEnv(env),
  };
};
