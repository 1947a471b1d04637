import { randomUUID } from 'node:crypto';

import type { Actor } from '@aircraftops/tables';

import type { ScheduleStore, StartJobPort } from '../ports';
import { nextRunAfter } from '../timing';

/** The actor of scheduled jobs: a service, not the person who created the schedule. */
export const SCHEDULER_ACTOR: Actor = { type: 'service', id: 'ingestion-scheduler' };

/** Schedules handled per call; the rest are due at the next tick. */
export const DUE_BATCH_SIZE = 25;

/** What happened to one due schedule. */
export type DueScheduleOutcome =
  | { readonly scheduleId: string; readonly status: 'started'; readonly jobId: string; readonly nextRunAt: string }
  | { readonly scheduleId: string; readonly status: 'skipped'; readonly reason: string }
  | { readonly scheduleId: string; readonly status: 'failed'; readonly error: Error };

export interface RunDueSchedulesDeps {
  readonly schedules: ScheduleStore;
  readonly startJob: StartJobPort;
  readonly newCorrelationId?: () => string;
}

/**
 * Starts one job per schedule due at `now`. Each run is first claimed: `nextRunAt` moves to the
 * cron's next time after `now` on condition that the schedule's version is the one read, so of two
 * runners (two local processes, or a retried cloud invocation) exactly one starts the run; the
 * other reports it `skipped`. Runs missed while nothing was running are coalesced into this one.
 *
 * A run is at most once: when `startJob` fails after the claim (a file is missing, the store is down)
 * the outcome is `failed` with the error and the schedule waits for its next time — the failure is
 * returned, never swallowed, so the caller logs or alarms on it. One schedule's failure does not stop
 * the others.
 *
 * Locally `startScheduler` (tools/local-runtime) calls this every few seconds; in the cloud an
 * EventBridge Scheduler rule will invoke it (later issue).
 * @example
 * const outcomes = await runDueSchedules(new Date(), { schedules, startJob });
 */
export const runDueSchedules = async (now: Date, deps: RunDueSchedulesDeps): Promise<DueScheduleOutcome[]> => {
  const nowIso = now.toISOString();
  const due = await deps.schedules.due(nowIso, DUE_BATCH_SIZE);
  const outcomes: DueScheduleOutcome[] = [];
  for (const schedule of due) {
    const correlationId = (deps.newCorrelationId ?? randomUUID)();
    const context = { actor: SCHEDULER_ACTOR, correlationId };
    try {
      const nextRunAt = nextRunAfter(schedule.cron, schedule.timezone, now);
      const claimed = await deps.schedules.claimRun(
        schedule.scheduleId,
        { expectedVersion: schedule.version, lastRunAt: nowIso, nextRunAt },
        context,
      );
      if (claimed === undefined) {
        outcomes.push({ scheduleId: schedule.scheduleId, status: 'skipped', reason: 'claimed by another runner' });
        continue;
      }
      const { jobId } = await deps.startJob({
        files: schedule.files.map(({ key, kind }) => ({ key, kind })),
        startedBy: SCHEDULER_ACTOR,
        correlationId,
        scheduleId: schedule.scheduleId,
      });
      // Informational: losing this race (someone edited the schedule meanwhile) does not undo the run.
      await deps.schedules.recordJob(schedule.scheduleId, { expectedVersion: claimed.version, lastJobId: jobId }, context);
      outcomes.push({ scheduleId: schedule.scheduleId, status: 'started', jobId, nextRunAt });
    } catch (error) {
      outcomes.push({ scheduleId: schedule.scheduleId, status: 'failed', error: error as Error });
    }
  }
  return outcomes;
};
