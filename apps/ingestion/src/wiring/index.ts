// Handlers import the port modules directly, never this barrel (it would bundle every port).
export { DATASET_ENV, datasetStoreFromEnv, datasetsPort } from './datasets-port';
export { ingestionDepsFromEnv, type IngestionDepsOptions } from './ingestion-deps-from-env';
export { type JobCreation, jobCreationPort } from './job-creation-port';
export { type JobLists, jobListsPort } from './job-lists-port';
export { type JobReader, jobReaderPort } from './job-reader-port';
export { type JobTransitions, jobTransitionsPort } from './job-transitions-port';
export { jobsPort } from './jobs-port';
export { referencesPort } from './references-port';
export { writerPort } from './writer-port';
