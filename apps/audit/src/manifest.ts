import type { AppManifest } from '@aircraftops/events';

/** What the audit app exposes and consumes; read by the local runtime and the CDK. */
export const manifest: AppManifest = {
  app: 'audit',
  routes: [],
  subscriptions: [],
  streamConsumers: [],
};
