import { type AppManifest, routesOf, schedulesOf, streamConsumersOf, subscriptionsOf } from '@aircraftops/declarations';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { Construct } from 'constructs';

import type { DeploymentConfig } from '../config/deployment-config';
import type { PlatformReferences } from '../config/platform-references';
import { DeclaredFunction } from '../functions/declared-function';
import { AppHttpApi } from '../triggers/http-api';
import { ScheduleTrigger } from '../triggers/schedule-trigger';
import { StreamMapping } from '../triggers/stream-mapping';
import { SubscriptionQueue } from '../triggers/subscription-queue';

/** What `DeclaredApp` generates from: an app's declarations and the platform as its stack sees it. */
export interface DeclaredAppProps {
  readonly manifest: AppManifest;
  readonly platform: PlatformReferences;
  readonly config: DeploymentConfig;
}

/**
 * Everything an app declares, generated: one `DeclaredFunction` per declaration, and its trigger — routes
 * on one HTTP API, subscriptions as rule → queue → function, stream consumers as event-source mappings,
 * schedules on EventBridge Scheduler. Any `AppManifest` works, so a new app needs no generator change.
 * @example
 * new DeclaredApp(stack, 'App', { manifest, platform: readPlatformReferences(stack), config });
 */
export class DeclaredApp extends Construct {
  readonly functions: ReadonlyMap<string, DeclaredFunction>;
  readonly api?: AppHttpApi;
  /** The platform as this app's stack sees it (tokens), for tests that resolve the expected policies. */
  readonly platform: PlatformReferences;

  constructor(scope: Construct, id: string, { manifest, platform, config }: DeclaredAppProps) {
    super(scope, id);
    this.platform = platform;
    const functions = new Map<string, DeclaredFunction>();
    for (const declaration of manifest.functions) {
      functions.set(
        declaration.name,
        new DeclaredFunction(this, declaration.name, {
          app: manifest.app,
          declaration,
          platform,
          logRetentionDays: config.logRetentionDays,
          corsOrigins: config.corsOrigins,
        }),
      );
    }
    this.functions = functions;
    const fnOf = (name: string): DeclaredFunction => functions.get(name) as DeclaredFunction;

    const routes = routesOf(manifest);
    if (routes.length > 0) {
      this.api = new AppHttpApi(this, 'Http', {
        app: manifest.app,
        routes: routes.map((route) => ({ route, fn: fnOf(route.name) })),
        platform,
        corsOrigins: config.corsOrigins,
        logRetentionDays: config.logRetentionDays,
      });
    }
    const subscriptions = subscriptionsOf(manifest);
    if (subscriptions.length > 0) {
      const bus = EventBus.fromEventBusArn(this, 'PlatformBus', platform.busArn);
      for (const subscription of subscriptions) new SubscriptionQueue(fnOf(subscription.name), 'Subscription', { subscription, fn: fnOf(subscription.name), bus });
    }
    for (const consumer of streamConsumersOf(manifest)) new StreamMapping(fnOf(consumer.name), 'Stream', { consumer, fn: fnOf(consumer.name), platform });
    for (const schedule of schedulesOf(manifest)) new ScheduleTrigger(fnOf(schedule.name), 'Schedule', { schedule, fn: fnOf(schedule.name) });
  }
}
