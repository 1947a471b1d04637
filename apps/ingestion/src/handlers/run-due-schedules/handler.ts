import { createLogger, scheduledHandler, type ScheduledLambdaHandler } from '@aircraftops/lambda-kit';

import type { ScheduleStore, StartJobPort } from '../../schedules';
import { type DueScheduleOutcome, runDueSchedules } from '../../schedules/use-cases/run-due-schedules';
import type { IngestionDeps } from '../../use-cases/ingestion-deps';
import type { JobStore } from '../../use-cases/ports';
import { startJob } from '../../use-cases/start-job';
import { defaultDatasets } from '../shared/default-datasets';
import { defaultJobCreation } from '../shared/default-jobs';
import { defaultScheduleStore } from '../shared/default-schedule-store';

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
 * Starts the jobs of every schedule due now, on the shared scheduled stack (logger with the Lambda
 * context and the invocation's correlation id). Locally the runtime invokes it every few seconds; in
 * the cloud its declared schedule does. Runs that could not start are thrown together after the
 * others started, so the failure shows (logs, Lambda error metric) instead of vanishing.
 * @example
 * const run = createRunDueSchedulesHandler(() => deps, () => store);
 * await run({}, context);
 */
export const createRunDueSchedulesHandler = (
  deps: () => { readonly jobs: Pick<JobStore, 'create'> } & Pick<IngestionDeps, 'datasets'>,
  schedules: () => ScheduleStore,
): ScheduledLambdaHandler<{ outcomes: DueScheduleOutcome[] }> =>
  scheduledHandler(async () => {
    // The header decides each file's kind at run time (core's detectFileKind); the schedule's kind is what it expects.
    const start: StartJobPort = async ({ files, startedBy, correlationId, scheduleId }) =>
      startJob(deps(), { files: files.map(({ key }) => ({ key })), startedBy, correlationId, scheduleId });
    const outcomes = await runDueSchedules(new Date(), { schedules: schedules(), startJob: start });
    for (const outcome of outcomes) if (outcome.status !== 'failed') logger.info('Scheduled run', { ...outcome });
    const failed = outcomes.filter((outcome): outcome is Extract<DueScheduleOutcome, { status: 'failed' }> => outcome.status === 'failed');
    if (failed.length > 0) throw new ScheduledRunsFailedError(failed);
    return { outcomes };
  }, { logger });

/** The Lambda entry point the manifest names (`handlers/run-due-schedules/handler.ts#handler`), with the ports from the environment. */
export const handler = createRunDueSchedulesHandler(() => ({ jobs: defaultJobCreation(), datasets: defaultDatasets() }), defaultScheduleStore);
