export type { ScheduleFile, ScheduleView } from './schedule-view';
