import { S3Client } from '@aws-sdk/client-s3';
import { guardClient } from '@aircraftops/lambda-kit';

import { LocalDatasetStore } from '../adapters/datasets/local-dataset-store';
import { S3DatasetStore } from '../adapters/datasets/s3-dataset-store';
import type { DatasetStore } from '../use-cases/ports';
import { type Env, envSource } from './env-source';

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
export const datasetStoreFromEnv = (env: Env = envSource()()): DatasetStore => {
  const dataDir = env[DATASET_ENV.dataDir];
  if (dataDir) return new LocalDatasetStore(dataDir);
  const bucket = env[DATASET_ENV.bucket];
  if (bucket) return new S3DatasetStore(s3ClientFor(env), bucket);
  throw new Error(`set ${DATASET_ENV.dataDir} (a local folder) or ${DATASET_ENV.bucket} (an S3 bucket) to read datasets`);
};

/**
 * The datasets port: the store is resolved per request from `env` (or the current function's
 * environment), so building it reads nothing. Async: a missing configuration rejects like any other
 * store failure instead of throwing at the call.
 * @example
 * await datasetsPort().size('MASTER.txt');
 */
export const datasetsPort = (env?: Env): DatasetStore => {
  const read = envSource(env);
  return {
    size: async (key) => datasetStoreFromEnv(read()).size(key),
    open: async (key) => datasetStoreFromEnv(read()).open(key),
  };
};
