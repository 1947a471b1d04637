import { S3Client } from '@aws-sdk/client-s3';
import { currentEnv, guardClient } from '@aircraftops/lambda-kit';
import {
  createCoreEntities,
  createCoreTable,
  createJobsEntities,
  createJobsTable,
  documentClientFor,
  dynamoDbEndpointFromEnv,
  tableNameFromEnv,
} from '@aircraftops/tables';

import { DynamoCoreDeltaWriter, type DynamoCoreDeltaWriterOptions, DynamoJobStore, DynamoReferenceStore, LocalDatasetStore, S3DatasetStore } from './adapters';
import type { DatasetStore, IngestionDeps } from './use-cases';

type Env = Readonly<Record<string, string | undefined>>;

/** Environment variables of the dataset store: a local folder, or else an S3 bucket. */
export const DATASET_ENV = { dataDir: 'AIRCRAFTOPS_DATA_DIR', bucket: 'AIRCRAFTOPS_DATASET_BUCKET' } as const;

const s3Clients = new Map<string, S3Client>();

// One guarded client per region for the process: the bucket and the access check are per request.
const s3ClientFor = (env: Env): S3Client => {
  const region = env['AWS_REGION'] || env['AWS_DEFAULT_REGION'] || 'us-east-1';
  let client = s3Clients.get(region);
  if (!client) s3Clients.set(region, (client = guardClient(new S3Client({ region }), 'S3')));
  return client;
};

/**
 * The dataset store the environment names: `AIRCRAFTOPS_DATA_DIR` (local folder) wins over
 * `AIRCRAFTOPS_DATASET_BUCKET` (S3); neither is a configuration error.
 * @example
 * const datasets = datasetStoreFromEnv({ AIRCRAFTOPS_DATA_DIR: '/data/faa' });
 */
export const datasetStoreFromEnv = (env: Env = currentEnv()): DatasetStore => {
  const dataDir = env[DATASET_ENV.dataDir];
  if (dataDir) return new LocalDatasetStore(dataDir);
  const bucket = env[DATASET_ENV.bucket];
  if (bucket) return new S3DatasetStore(s3ClientFor(env), bucket);
  throw new Error(`set ${DATASET_ENV.dataDir} (a local folder) or ${DATASET_ENV.bucket} (an S3 bucket) to read datasets`);
};

/** Tuning of the ports `ingestionDepsFromEnv` builds. */
export interface IngestionDepsOptions {
  readonly writer?: DynamoCoreDeltaWriterOptions;
}

/**
 * The use cases' ports, each built at its first use (a handler builds only what its use case touches:
 * `GET /ingestion/jobs` never builds the CoreTable writer nor needs a dataset folder). Table names,
 * client and dataset store are resolved per request from `env`, or from the current function's
 * environment when `env` is omitted (handlers: locally several functions share these modules), so a
 * port built once never pins one function's configuration for another.
 * @example
 * const deps = ingestionDepsFromEnv();
 * const job = await startJob(deps, { files: [{ key: 'MASTER.txt' }], startedBy: actor });
 */
export const ingestionDepsFromEnv = (env?: Env, options: IngestionDepsOptions = {}): IngestionDeps => {
  const read = (): Env => env ?? currentEnv();
  const documentClient = () => documentClientFor(dynamoDbEndpointFromEnv(read()));
  const core = () => createCoreEntities(createCoreTable({ documentClient, tableName: () => tableNameFromEnv('CoreTable', read()) }));
  let jobs: DynamoJobStore | undefined;
  let writer: DynamoCoreDeltaWriter | undefined;
  let references: DynamoReferenceStore | undefined;
  // async: a missing configuration rejects like any other store failure instead of throwing at the call.
  const datasets: DatasetStore = {
    size: async (key) => datasetStoreFromEnv(read()).size(key),
    open: async (key) => datasetStoreFromEnv(read()).open(key),
  };
  return {
    get jobs() {
      return (jobs ??= new DynamoJobStore(
        createJobsEntities(createJobsTable({ documentClient, tableName: () => tableNameFromEnv('JobsTable', read()) })),
      ));
    },
    get writer() {
      return (writer ??= new DynamoCoreDeltaWriter(core(), options.writer));
    },
    get references() {
      return (references ??= new DynamoReferenceStore(core()));
    },
    datasets,
  };
};
