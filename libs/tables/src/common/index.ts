export { ACTOR_TYPES, type Actor, type ActorType } from './actor';
export { DATASET_FILE_KINDS, type DatasetFileKind } from './dataset-file-kind';
export { JOB_STATUSES, type JobStatus } from './job-status';
export { isIsoDate, isIsoInstant, isNonNegativeInteger } from './format-validators';
export { actorSchema, INDEX_KEY_ATTRIBUTES, indexKeyAttribute, refuseUpdateOf, versionedAttributes } from './schema-parts';
export { TIMESTAMPS } from './timestamps';
export { countsSchema, datasetSchema } from './dataset-schema';
