import { SingleBar } from 'cli-progress';

import type { JobJson } from '../jobs';

/** What the bar shows of a job: its tokens in the format string. */
export const progressPayload = (job: JobJson) => ({
  status: job.status,
  rows: job.counts.read.toLocaleString('en-US'),
  rate: Math.round(job.rowsPerSecond ?? 0).toLocaleString('en-US'),
  errors: job.counts.rejected.toLocaleString('en-US'),
  remaining: job.etaSeconds === undefined ? '–' : `${Math.ceil(job.etaSeconds)} s`,
});

/**
 * A live progress bar of a job on stderr (stdout stays for results): percent of bytes, rows read,
 * rows/s, rejected rows and the job's own ETA. Draws only on a terminal.
 * @example
 * const bar = new JobProgressBar(); bar.update(job); … bar.stop();
 */
export class JobProgressBar {
  private readonly bar = new SingleBar({
    format: '{bar} {percentage}% | {status} | {rows} rows | {rate} rows/s | {errors} errors | ETA {remaining}',
    stream: process.stderr,
    // A hidden cursor would stay hidden after Ctrl+C (the bar never gets to stop).
    hideCursor: false,
    clearOnComplete: false,
  });
  private started = false;

  update(job: JobJson): void {
    const percent = Math.floor(job.percent ?? 0);
    if (!this.started) {
      this.bar.start(100, percent, progressPayload(job));
      this.started = true;
    } else {
      this.bar.update(percent, progressPayload(job));
    }
  }

  stop(): void {
    if (this.started) this.bar.stop();
  }
}
