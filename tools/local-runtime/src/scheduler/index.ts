export { type Scheduler, type SchedulerOptions, startScheduler } from './start-scheduler';
