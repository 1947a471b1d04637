import { createEventPublisher } from '@aircraftops/events';
import type { EventPublisher } from '@aircraftops/events';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';

/** Environment variables the bridge's publisher reads. */
export const EVENTBRIDGE_ENV = {
  endpoint: 'AIRCRAFTOPS_EVENTBRIDGE_ENDPOINT',
  bus: 'AIRCRAFTOPS_EVENT_BUS',
} as const;

/** The bus when `AIRCRAFTOPS_EVENT_BUS` is unset. */
export const DEFAULT_EVENT_BUS = 'aircraftops';

/**
 * The EventBridge client: the local emulation's `endpoint` when `AIRCRAFTOPS_EVENTBRIDGE_ENDPOINT` is set
 * (with dummy credentials unless some are configured: the emulation does not check them), AWS otherwise.
 *
 * @example
 * ```ts
 * const client = eventBridgeClientFromEnv({ AIRCRAFTOPS_EVENTBRIDGE_ENDPOINT: 'http://127.0.0.1:4010' });
 * ```
 */
export const eventBridgeClientFromEnv = (env: NodeJS.ProcessEnv = process.env): EventBridgeClient => {
  const endpoint = env[EVENTBRIDGE_ENV.endpoint]?.trim();
  const region = env['AWS_REGION'] || env['AWS_DEFAULT_REGION'] || 'us-east-1';
  if (!endpoint) return new EventBridgeClient({ region });
  return new EventBridgeClient({
    region,
    endpoint,
    ...(env['AWS_ACCESS_KEY_ID'] ? {} : { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }),
  });
};

/**
 * The bridge's publisher on `AIRCRAFTOPS_EVENT_BUS` (default `aircraftops`), halting on the first failure: the
 * stream resumes from the lowest failed record, so publishing later events would only reorder them.
 *
 * @example
 * ```ts
 * const publisher = eventPublisherFromEnv(eventBridgeClientFromEnv());
 * ```
 */
export const eventPublisherFromEnv = (client: EventBridgeClient, env: NodeJS.ProcessEnv = process.env): EventPublisher =>
  createEventPublisher({ client, eventBusName: env[EVENTBRIDGE_ENV.bus]?.trim() || DEFAULT_EVENT_BUS, haltOnFailure: true });
