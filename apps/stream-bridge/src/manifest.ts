import type { AppManifest } from '@aircraftops/events';

/** What the stream-bridge app exposes and consumes; read by the local runtime and the CDK. */
export const manifest: AppManifest = {
  app: 'stream-bridge',
  routes: [],
  subscriptions: [],
  streamConsumers: [],
};
