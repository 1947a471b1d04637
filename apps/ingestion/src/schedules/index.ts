// Only what every ingestion function may need (the store, its errors and types, key rules). The use
// cases and the cron timing are imported from their folders: they bring croner
// (≈ 100 KB), which only the schedule functions need, and a barrel would put them in every bundle.
export { DynamoScheduleStore } from './adapters';
export { InvalidScheduleError, ScheduleNotFoundError } from './errors';
export { datasetKeyProblem, inferFileKind, MAX_DATASET_KEY_LENGTH, resolveScheduleFiles } from './files';
export type { ScheduleFileInput } from './files';
export type { ScheduleFile, ScheduleView } from './model';
export type { NewSchedule, SchedulePage, ScheduleStore, ScheduleWriteContext, StartJobPort } from './ports';
