import type { LocalEventBus } from '@aircraftops/local-runtime';

/** The rule the probe subscribes with: every Aircraft event, delivered like any app's subscription. */
export const PROBE_RULE = 'bench-latency-probe';

/**
 * Subscribes a consumer to every `aircraftops.aircraft` event through its own rule and queue (the same
 * delivery path as the apps' subscriptions) and records when each entity's first event arrives.
 * @returns arrival times (epoch ms) by entity id (`metadata.entity.id`, the N-number for Aircraft).
 * @example
 * ```ts
 * const arrivals = addLatencyProbe(platform.bus);
 * // ... write, wait ...
 * arrivals.get('12345'); // 1732243323123
 * ```
 */
export const addLatencyProbe = (bus: LocalEventBus): Map<string, number> => {
  const arrivals = new Map<string, number>();
  bus.addRule(
    {
      name: PROBE_RULE,
      description: 'Benchmark probe: records when each Aircraft event reaches a consumer',
      eventPattern: { source: ['aircraftops.aircraft'] },
      batchSize: 10,
      maxReceiveCount: 3,
      visibilityTimeoutSeconds: 30,
    },
    async (event) => {
      const now = Date.now();
      for (const record of event.Records) {
        const body = JSON.parse(record.body) as { detail?: { metadata?: { entity?: { id?: unknown } } } };
        const id = body.detail?.metadata?.entity?.id;
        if (typeof id === 'string' && !arrivals.has(id)) arrivals.set(id, now);
      }
      return { batchItemFailures: [] };
    },
  );
  return arrivals;
};
