import { createLogger } from '@aircraftops/lambda-kit';

import { type DueScheduleOutcome, runDueSchedules, type ScheduleStore, type StartJobPort } from '../../schedules';
import { type IngestionDeps, startJob } from '../../use-cases';
import { defaultIngestionDeps, defaultScheduleStore } from '../shared';

const logger = createLogger('ingestion-scheduler');

/** A pass in which some due schedules could not start their job; each outcome is kept. */
export class ScheduledRunsFailedError extends Error {
  override readonly name = 'ScheduledRunsFailedError';
  readonly code = 'ingestion.scheduledRunsFailed';

  constructor(readonly failed: readonly Extract<DueScheduleOutcome, { status: 'failed' }>[]) {
    super(`${failed.length} scheduled run(s) could not start: ${failed.map((run) => `${run.scheduleId}: ${run.error.message}`).join('; ')}`, {
      cause: failed[0]?.error,
    });
  }
}

/**
 * Starts the jobs of every schedule due now. Locally `startScheduler` (tools/local-runtime) calls it
 * every few seconds; in the cloud an EventBridge Scheduler rule will invoke it (later issue). Runs
 * that could not start are thrown together after the others started, so the failure shows (logs,
 * Lambda error metric) instead of vanishing.
 * @example
 * const run = createRunDueSchedulesHandler(() => deps, () => store);
 * await run();
 */
export const createRunDueSchedulesHandler =
  (deps: () => IngestionDeps, schedules: () => ScheduleStore) =>
  async (): Promise<{ outcomes: DueScheduleOutcome[] }> => {
    // The header decides each file's kind at run time (core's detectFileKind); the schedule's kind is what it expects.
    const start: StartJobPort = async ({ files, startedBy, correlationId, scheduleId }) =>
      startJob(deps(), { files: files.map(({ key }) => ({ key })), startedBy, correlationId, scheduleId });
    const outcomes = await runDueSchedules(new Date(), { schedules: schedules(), startJob: start });
    for (const outcome of outcomes) if (outcome.status !== 'failed') logger.info('Scheduled run', { ...outcome });
    const failed = outcomes.filter((outcome): outcome is Extract<DueScheduleOutcome, { status: 'failed' }> => outcome.status === 'failed');
    if (failed.length > 0) throw new ScheduledRunsFailedError(failed);
    return { outcomes };
  };

/** The Lambda entry point the manifest names (`handlers/run-due-schedules/handler.ts#handler`), with the ports from the environment. */
export const handler = createRunDueSchedulesHandler(defaultIngestionDeps, defaultScheduleStore);
