import type { AppManifest } from '@aircraftops/events';

/** What the ingestion app exposes and consumes; read by the local runtime and the CDK. */
export const manifest: AppManifest = {
  app: 'ingestion',
  routes: [],
  subscriptions: [],
  streamConsumers: [],
};
