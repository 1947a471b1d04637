export { LocalDatasetStore } from './local-dataset-store';
export { S3DatasetStore } from './s3-dataset-store';
