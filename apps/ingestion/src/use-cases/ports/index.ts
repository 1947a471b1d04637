export type { CoreDeltaWriter, DeltaResult, DeltaRow, RowRejection, WriteStamp } from './core-delta-writer';
export type { DatasetStore } from './dataset-store';
export type {
  ClearableField,
  DatasetFile,
  FileCheckpoint,
  JobStore,
  JobView,
  Page,
  ProgressUpdate,
  RowErrorInput,
  TransitionChanges,
} from './job-store';
export type { ReferenceCodes, ReferenceKind, ReferenceStore } from './reference-store';
