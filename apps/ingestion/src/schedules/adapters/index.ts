export { DynamoScheduleStore } from './dynamo-schedule-store';
export { decodeSchedulePageToken, encodeSchedulePageToken } from './schedule-page-token';
