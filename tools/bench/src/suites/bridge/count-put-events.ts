import type { LocalEventBus } from '@aircraftops/local-runtime';

/** PutEvents calls and entries seen on a bus. */
export interface PutEventsTally {
  calls: number;
  entries: number;
  /** Entries the bus rejected (FailedEntryCount summed). */
  failedEntries: number;
}

/**
 * Counts every PutEvents call the bus receives (from the HTTP endpoint the bridge uses, or in process)
 * by wrapping the bus instance's `putEvents`; behaviour is unchanged. The bus has no call-level hook:
 * `onEvent` sees events, not the requests that carried them.
 * @returns the live tally and the function that removes the wrapper.
 * @example
 * ```ts
 * const { tally, restore } = countPutEvents(platform.bus);
 * // ... after the run:
 * tally.entries / tally.calls; // events per PutEvents call
 * restore();
 * ```
 */
export const countPutEvents = (bus: LocalEventBus): { readonly tally: PutEventsTally; restore(): void } => {
  const tally: PutEventsTally = { calls: 0, entries: 0, failedEntries: 0 };
  const original = bus.putEvents;
  bus.putEvents = function countedPutEvents(this: LocalEventBus, entries: unknown) {
    const result = original.call(this, entries);
    // Counted after validation: a request the bus refuses outright (HTTP 400) carried no events.
    tally.calls += 1;
    tally.entries += Array.isArray(entries) ? entries.length : 0;
    tally.failedEntries += result.FailedEntryCount;
    return result;
  };
  return {
    tally,
    restore: () => {
      bus.putEvents = original;
    },
  };
};
