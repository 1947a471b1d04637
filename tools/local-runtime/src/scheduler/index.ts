export { localIntervalSeconds } from './local-interval';
export { type Scheduler, type SchedulerOptions, startScheduler } from './start-scheduler';
export { startSchedules, type StartSchedulesOptions } from './start-schedules';
