export { DynamoScheduleStore } from './adapters';
export { InvalidScheduleError, ScheduleNotFoundError } from './errors';
export { datasetKeyProblem, inferFileKind, MAX_DATASET_KEY_LENGTH, resolveScheduleFiles } from './files';
export type { ScheduleFileInput } from './files';
export type { ScheduleFile, ScheduleView } from './model';
export type { NewSchedule, SchedulePage, ScheduleStore, ScheduleWriteContext, StartJobPort } from './ports';
export { nextRunAfter, parseCron, parseTimezone } from './timing';
export * from './use-cases';
