export type { NewSchedule, SchedulePage, ScheduleStore, ScheduleWriteContext } from './schedule-store';
export type { StartJobPort } from './start-job-port';
