export type { HttpMethod, HttpRouteTrigger } from './http-route';
export type { ScheduleTrigger } from './schedule';
export type { OnFailureDestination, StreamConsumerTrigger } from './stream-consumer';
export type { SubscriptionTrigger } from './subscription';
export type { Trigger } from './trigger';
