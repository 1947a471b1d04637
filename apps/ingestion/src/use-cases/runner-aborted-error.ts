import { IngestionError } from '../domain/job';

/**
 * The runner was stopped by its `signal`, exactly as if the process had died: no status change, no
 * checkpoint beyond the last acknowledged one. `resumeJob` then continues from that checkpoint.
 * @example
 * controller.abort(); // runJob rejects with RunnerAbortedError
 */
export class RunnerAbortedError extends IngestionError {
  override name = 'RunnerAbortedError';
  constructor(jobId: string) {
    super('ingestion.jobConflict', `runner of job ${jobId} aborted`);
  }
}
