export { addCounts, assertCountsInvariant, emptyCounts, type JobCounts } from './job-counts';
export { assertTransition, canTransition, isTerminal, statusesLeadingTo, TERMINAL_STATUSES } from './job-status-machine';
export { computeProgress, type JobProgress, ProgressThrottle } from './progress';
export { conflictReason, DuplicateTracker, type DuplicateVerdict, KEY_FIELD_OF_KIND } from './duplicate-tracker';
export {
  DatasetFileError,
  DatasetFolderError,
  CountsInvariantError,
  DatasetKindError,
  DatasetPathError,
  InvalidJobTransitionError,
  InvalidPageTokenError,
  JobConflictError,
  JobNotFoundError,
  WriteFailedError,
} from './errors';
export { IngestionError, type IngestionErrorCode, isIngestionError } from './ingestion-error';
export { FILE_ORDER, identityOf, sortByFileOrder } from './file-order';
