import type { DatasetFileKind } from '@aircraftops/tables';

/** One file a scheduled run ingests: its kind and its dataset-store key. */
export interface ScheduleFile {
  readonly kind: DatasetFileKind;
  /** The key's last segment, shown to people. */
  readonly name: string;
  readonly key: string;
}

/** A recurring ingestion (the nightly registry refresh) as the use cases see it. */
export interface ScheduleView {
  readonly scheduleId: string;
  readonly name: string;
  /** Five-field cron (minute hour day-of-month month day-of-week), evaluated in `timezone`. */
  readonly cron: string;
  /** IANA zone name, `UTC` by default. */
  readonly timezone: string;
  readonly files: readonly ScheduleFile[];
  readonly enabled: boolean;
  /** UTC instant of the next run; absent when disabled. */
  readonly nextRunAt?: string;
  readonly lastRunAt?: string;
  readonly lastJobId?: string;
  readonly createdAt: string;
  /** Optimistic-locking version: the due runner claims a run on it. */
  readonly version: number;
}
