import { Chaos } from '../chaos';
import type { LocalEventBusOptions } from '../eventbridge';
import type { PlatformOptions } from './platform-options';

/** Fast retry: 100 ms, doubling, at most 2 s — far below any declared visibility timeout. */
export const FAST_RETRY = { baseDelayMs: 100, maxDelayMs: 2_000 } as const;

/**
 * The bus options of the platform's two opt-in departures from SQS and EventBridge as they behave when
 * nothing goes wrong: injected faults (`chaos`) and the fast-retry mode. Each is logged when on, so a
 * run never differs from AWS silently; both are off by default.
 *
 * @example
 * ```ts
 * const bus = new LocalEventBus({ matcher, ...queueFaultOptions({ chaos: { rate: 0.1, seed: '42' } }, log) });
 * ```
 */
export const queueFaultOptions = (
  options: Pick<PlatformOptions, 'chaos' | 'fastRetry'>,
  log: (line: string) => void,
): Pick<LocalEventBusOptions, 'chaos' | 'retry'> => {
  const chaos = options.chaos && options.chaos.rate > 0 ? new Chaos(options.chaos) : undefined;
  if (chaos) log(chaos.describe());
  if (options.fastRetry) {
    log(`queues: FAST RETRY (test mode): a failed message comes back after ${FAST_RETRY.baseDelayMs} ms doubling to ${FAST_RETRY.maxDelayMs} ms, not after its visibility timeout`);
  }
  return { ...(chaos ? { chaos } : {}), ...(options.fastRetry ? { retry: FAST_RETRY } : {}) };
};
