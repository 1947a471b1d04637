import type { AppManifest } from '@aircraftops/events';

/** What the aircraft app exposes and consumes; read by the local runtime and the CDK. */
export const manifest: AppManifest = {
  app: 'aircraft',
  routes: [],
  subscriptions: [],
  streamConsumers: [],
};
