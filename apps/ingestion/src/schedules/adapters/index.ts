export { createSchedule } from './create-schedule';
export { DynamoScheduleStore } from './dynamo-schedule-store';
export { queryDueSchedules, querySchedules } from './query-schedules';
