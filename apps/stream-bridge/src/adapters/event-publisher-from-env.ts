import { createEventPublisher } from '@aircraftops/events';
import type { EventPublisher } from '@aircraftops/events';
import { currentEnv, guardClient, requireEnv } from '@aircraftops/lambda-kit';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';

type Env = Readonly<Record<string, string | undefined>>;

/** Environment variables the bridge's publisher reads. */
export const EVENTBRIDGE_ENV = {
  endpoint: 'AIRCRAFTOPS_EVENTBRIDGE_ENDPOINT',
  bus: 'AIRCRAFTOPS_EVENT_BUS',
} as const;

const clients = new Map<string, EventBridgeClient>();

/**
 * The EventBridge client for the environment's region and endpoint: the local emulation's when
 * `AIRCRAFTOPS_EVENTBRIDGE_ENDPOINT` is set (with the environment's keys or dummy ones, passed explicitly:
 * the SDK's provider reads `process.env`, not the function's environment), AWS otherwise. One client per
 * region and endpoint for the process, guarded (see `guardClient`) so the local runtime checks each
 * PutEvents against the calling function's declared sources.
 *
 * @example
 * ```ts
 * const client = eventBridgeClientFromEnv({ AIRCRAFTOPS_EVENTBRIDGE_ENDPOINT: 'http://127.0.0.1:4010' });
 * ```
 */
export const eventBridgeClientFromEnv = (env: Env = currentEnv()): EventBridgeClient => {
  const endpoint = env[EVENTBRIDGE_ENV.endpoint]?.trim() || undefined;
  const region = env['AWS_REGION'] || env['AWS_DEFAULT_REGION'] || 'us-east-1';
  const key = `${region}|${endpoint ?? ''}`;
  let client = clients.get(key);
  if (!client) {
    client = guardClient(
      endpoint
        ? new EventBridgeClient({
            region,
            endpoint,
            credentials: { accessKeyId: env['AWS_ACCESS_KEY_ID'] || 'local', secretAccessKey: env['AWS_SECRET_ACCESS_KEY'] || 'local' },
          })
        : new EventBridgeClient({ region }),
      'EventBridge',
    );
    // The SDK's logger middleware copies every request and response through its sensitive-data filter for
    // `logger.info`, even for the default no-op logger; the bridge logs through Powertools instead.
    client.middlewareStack.remove('loggerMiddleware');
    clients.set(key, client);
  }
  return client;
};

const publishers = new WeakMap<EventBridgeClient, Map<string, EventPublisher>>();

const publisherOf = (env: Env): EventPublisher => {
  const client = eventBridgeClientFromEnv(env);
  const eventBusName = requireEnv(EVENTBRIDGE_ENV.bus, env).trim();
  let byBus = publishers.get(client);
  if (!byBus) publishers.set(client, (byBus = new Map()));
  let publisher = byBus.get(eventBusName);
  if (!publisher) {
    publisher = createEventPublisher({ client, eventBusName, haltOnFailure: true });
    byBus.set(eventBusName, publisher);
  }
  return publisher;
};

/**
 * The bridge's publisher on `AIRCRAFTOPS_EVENT_BUS` (required: no default bus), halting on the first
 * failure: the stream resumes from the lowest failed record, so publishing later events would only
 * reorder them. Client and bus are resolved per call from the current function's environment (locally
 * both bridge functions share this module), and reused.
 *
 * @throws ConfigurationError naming `AIRCRAFTOPS_EVENT_BUS` when it is unset.
 * @example
 * ```ts
 * const publisher = eventPublisherFromEnv();
 * await publisher.publish(entries);
 * ```
 */
export const eventPublisherFromEnv = (env?: Env): EventPublisher => {
  // Checked once where it is built (a cold start), so a function without a bus fails before any batch.
  requireEnv(EVENTBRIDGE_ENV.bus, env ?? currentEnv());
  return {
    publish: (entries) => publisherOf(env ?? currentEnv()).publish(entries),
    publishOrThrow: (entries) => publisherOf(env ?? currentEnv()).publishOrThrow(entries),
  };
};
