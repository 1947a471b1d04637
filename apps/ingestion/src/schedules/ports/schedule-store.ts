import type { Actor } from '@aircraftops/tables';

import type { ScheduleFile, ScheduleView } from '../model';

/** Who writes and in which request. */
export interface ScheduleWriteContext {
  readonly actor: Actor;
  readonly correlationId: string;
}

/** A schedule to store (id chosen by the use case). */
export interface NewSchedule {
  readonly scheduleId: string;
  readonly name: string;
  readonly cron: string;
  readonly timezone: string;
  readonly files: readonly ScheduleFile[];
  readonly enabled: boolean;
  readonly nextRunAt?: string;
}

/** One page of schedules; pass `nextToken` back for the next. */
export interface SchedulePage {
  readonly items: ScheduleView[];
  readonly nextToken?: string;
}

/**
 * Port: the Schedule records (JobsTable).
 * @example
 * const due = await schedules.due(new Date().toISOString(), 25);
 */
export interface ScheduleStore {
  create(schedule: NewSchedule, context: ScheduleWriteContext): Promise<ScheduleView>;
  get(scheduleId: string): Promise<ScheduleView | undefined>;
  /** @returns false when there was no such schedule. */
  remove(scheduleId: string): Promise<boolean>;
  /** Schedules by next run, soonest first. @throws a 400 error for a `nextToken` this list did not return. */
  list(query: { limit: number; nextToken?: string }): Promise<SchedulePage>;
  /** Enabled schedules whose `nextRunAt` is at or before `now`, soonest first. */
  due(now: string, limit: number): Promise<ScheduleView[]>;
  /**
   * Records a run and moves `nextRunAt`, on condition that the schedule is still at `expectedVersion`.
   * @returns the updated schedule, or `undefined` when another writer (a second runner) changed it first.
   */
  claimRun(
    scheduleId: string,
    run: { expectedVersion: number; lastRunAt: string; nextRunAt: string },
    context: ScheduleWriteContext,
  ): Promise<ScheduleView | undefined>;
  /** Stores the id of the job a claimed run started (same condition, `undefined` when it lost). */
  recordJob(
    scheduleId: string,
    job: { expectedVersion: number; lastJobId: string },
    context: ScheduleWriteContext,
  ): Promise<ScheduleView | undefined>;
}
