export { InvalidScheduleError } from './invalid-schedule-error';
export { ScheduleNotFoundError } from './schedule-not-found-error';
