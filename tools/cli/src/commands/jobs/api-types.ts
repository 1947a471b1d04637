/** Row counters of a job, as the ingestion API returns them. */
export interface JobCountsJson {
  readonly read: number;
  readonly written: number;
  readonly unchanged: number;
  readonly rejected: number;
  readonly duplicates: number;
  readonly skipped: number;
}

/** A job as `GET /ingestion/jobs/{id}` returns it (the CLI is an HTTP client: it owns its view of the JSON). */
export interface JobJson {
  readonly jobId: string;
  readonly status: string;
  readonly dataset: { readonly files: readonly { readonly kind: string; readonly name: string; readonly key: string; readonly bytes: number }[] };
  readonly counts: JobCountsJson;
  readonly startedBy: { readonly type: string; readonly id: string };
  readonly createdAt: string;
  readonly startedAt?: string;
  readonly finishedAt?: string;
  readonly failureReason?: string;
  readonly cancelRequested?: boolean;
  readonly bytesRead?: number;
  readonly bytesTotal?: number;
  readonly rowsPerSecond?: number;
  readonly percent?: number;
  readonly etaSeconds?: number;
}

/** One rejected row. */
export interface RowErrorJson {
  readonly fileIndex: number;
  readonly file: string;
  readonly line: number;
  readonly field: string;
  readonly reason: string;
  readonly excerpt?: string;
}

/** A recurring ingestion. */
export interface ScheduleJson {
  readonly scheduleId: string;
  readonly name: string;
  readonly cron: string;
  readonly timezone: string;
  readonly files: readonly { readonly kind: string; readonly name: string; readonly key: string }[];
  readonly enabled: boolean;
  readonly nextRunAt?: string;
  readonly lastRunAt?: string;
  readonly lastJobId?: string;
}

export interface PageJson<T> {
  readonly items: T[];
  readonly nextToken?: string;
}

/** Statuses after which a job never changes again. */
export const TERMINAL_STATUSES: readonly string[] = ['COMPLETED', 'COMPLETED_WITH_ERRORS', 'FAILED', 'CANCELLED'];
