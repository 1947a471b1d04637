export { scheduledHandler } from './scheduled-handler';
export type { ScheduledHandlerOptions, ScheduledInput, ScheduledLambdaHandler } from './scheduled-handler';
