// Handlers import from these files directly, not from a barrel: a barrel would put every shared
// module (and what it imports) in every function's bundle.
export { datasetFilesSchema, datasetKeySchema } from './dataset-file-schema';
export { defaultDatasets } from './default-datasets';
export { defaultIngestionDeps } from './default-ingestion-deps';
export { defaultJobCreation, defaultJobLists, defaultJobReader, defaultJobs, defaultJobTransitions } from './default-jobs';
export { defaultScheduleCreation, defaultScheduleList, defaultScheduleStore } from './default-schedule-store';
export { idParam } from './id-param';
