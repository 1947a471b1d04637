// Handlers import from these files directly, not from a barrel: a barrel would put every shared
// module (and what it imports) in every function's bundle.
export { datasetFilesSchema, datasetKeySchema } from './dataset-file-schema';
export { defaultIngestionDeps, defaultScheduleStore } from './default-deps';
export { idParam } from './id-param';
