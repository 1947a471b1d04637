export { datasetKeyProblem, MAX_DATASET_KEY_LENGTH } from './dataset-key-problem';
export { inferFileKind } from './infer-file-kind';
export { resolveScheduleFiles, type ScheduleFileInput } from './resolve-schedule-files';
