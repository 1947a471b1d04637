/** What `startScheduler` needs. */
export interface SchedulerOptions {
  /** Pause between the end of one run and the start of the next. */
  readonly intervalMs: number;
  /** One pass: start what is due at `now` (the ingestion `runDueSchedules` use case, wired). */
  readonly runDue: (now: Date) => Promise<unknown>;
  /** A failed pass; the timer keeps going. Default: ignored (pass a logger). */
  readonly onError?: (error: unknown) => void;
  /** Injected in tests. */
  readonly now?: () => Date;
}

/** A running scheduler. */
export interface Scheduler {
  /** Stops the timer and waits for a pass in progress; safe to call twice. */
  stop(): Promise<void>;
}

/**
 * The local stand-in for EventBridge Scheduler: calls `runDue` every `intervalMs`. Passes never
 * overlap (the next is timed from the end of the previous, so a slow pass delays rather than
 * doubles), a failing pass is reported and the timer goes on, and `stop` waits for the pass in
 * progress so the platform can shut DynamoDB down after it. The first pass runs after one interval.
 * In the cloud EventBridge Scheduler invokes the same declared function; the runs' own claim
 * (conditional `nextRunAt`) keeps two runners from starting one run twice either way.
 * @example
 * const scheduler = startScheduler({
 *   intervalMs: 5_000,
 *   runDue: (now) => fn.invoke({ time: now.toISOString() }),
 *   onError: (error) => log(`[scheduler] ${(error as Error).message}`),
 * });
 * stops.push(() => scheduler.stop());
 */
export const startScheduler = (options: SchedulerOptions): Scheduler => {
  if (!Number.isFinite(options.intervalMs) || options.intervalMs <= 0) {
    throw new RangeError(`intervalMs must be a positive number of milliseconds; got ${options.intervalMs}`);
  }
  const now = options.now ?? (() => new Date());
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  const pass = async (): Promise<void> => {
    try {
      await options.runDue(now());
    } catch (error) {
      options.onError?.(error);
    }
  };
  const schedule = (): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = pass().finally(() => {
        running = undefined;
        schedule();
      });
    }, options.intervalMs);
    // The scheduler alone must not keep a process (a test, a CLI) alive.
    timer.unref();
  };
  schedule();

  let stopping: Promise<void> | undefined;
  return {
    stop: () =>
      (stopping ??= (async () => {
        stopped = true;
        clearTimeout(timer);
        await running;
      })()),
  };
};
