import type { RouteDeclaration } from './route';
import type { StreamConsumerDeclaration } from './stream-consumer';
import type { SubscriptionDeclaration } from './subscription';

/**
 * Everything an app exposes and consumes, in one place. The local runtime and the CDK both read it,
 * so local and cloud wiring cannot drift apart.
 */
export interface AppManifest {
  readonly app: string;
  readonly routes: readonly RouteDeclaration[];
  readonly subscriptions: readonly SubscriptionDeclaration[];
  readonly streamConsumers: readonly StreamConsumerDeclaration[];
}
