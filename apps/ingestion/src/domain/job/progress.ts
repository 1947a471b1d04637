/** Progress of a running job as stored on it and shown by the progress bar. */
export interface JobProgress {
  readonly rowsRead: number;
  readonly bytesRead: number;
  /** Unknown when no file size is known. */
  readonly bytesTotal?: number;
  readonly rowsPerSecond: number;
  /** 0–100, from bytes (rows have variable length); absent when the size is unknown. */
  readonly percent?: number;
  readonly etaSeconds?: number;
}

/**
 * Computes throughput, percent and ETA from rows and bytes read since `startedAt` (a clock in ms,
 * injectable for tests). Percent and ETA come from bytes because the row count is unknown until the end.
 * @example
 * const progress = computeProgress({ rowsRead: 500, bytesRead: 250, bytesTotal: 1000, elapsedMs: 1000 });
 * progress.percent; // 25
 * progress.etaSeconds; // 3
 */
export const computeProgress = (input: {
  rowsRead: number;
  bytesRead: number;
  bytesTotal?: number;
  elapsedMs: number;
}): JobProgress => {
  const { rowsRead, bytesRead, bytesTotal, elapsedMs } = input;
  const seconds = Math.max(elapsedMs, 1) / 1000;
  const rowsPerSecond = Math.round((rowsRead / seconds) * 10) / 10;
  if (bytesTotal === undefined || bytesTotal <= 0) return { rowsRead, bytesRead, rowsPerSecond };
  const fraction = Math.min(bytesRead / bytesTotal, 1);
  const bytesPerSecond = bytesRead / seconds;
  const etaSeconds = bytesPerSecond > 0 ? Math.ceil((bytesTotal - Math.min(bytesRead, bytesTotal)) / bytesPerSecond) : undefined;
  return {
    rowsRead,
    bytesRead,
    bytesTotal,
    rowsPerSecond,
    percent: Math.round(fraction * 1000) / 10,
    ...(etaSeconds === undefined ? {} : { etaSeconds }),
  };
};

/**
 * Lets through at most one progress update per `intervalMs`; the final one is forced by the caller.
 * @example
 * const throttle = new ProgressThrottle(1000, () => Date.now());
 * if (throttle.due()) await store.updateProgress(...);
 */
export class ProgressThrottle {
  private last = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number,
  ) {}

  due(): boolean {
    const now = this.now();
    if (now - this.last < this.intervalMs) return false;
    this.last = now;
    return true;
  }
}
