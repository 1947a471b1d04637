export { addSchedule, type AddScheduleDeps, type AddScheduleInput } from './add-schedule';
export { listSchedules } from './list-schedules';
export { removeSchedule } from './remove-schedule';
export {
  DUE_BATCH_SIZE,
  type DueScheduleOutcome,
  runDueSchedules,
  type RunDueSchedulesDeps,
  SCHEDULER_ACTOR,
} from './run-due-schedules';
