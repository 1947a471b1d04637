export { DynamoScheduleStore } from './dynamo-schedule-store';
