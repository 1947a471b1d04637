import type { HttpRouteTrigger } from './http-route';
import type { ScheduleTrigger } from './schedule';
import type { StreamConsumerTrigger } from './stream-consumer';
import type { SubscriptionTrigger } from './subscription';

/** What invokes a function: exactly one of an HTTP route, a subscription, a stream, a schedule. */
export type Trigger = HttpRouteTrigger | SubscriptionTrigger | StreamConsumerTrigger | ScheduleTrigger;
