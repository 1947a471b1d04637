import type { PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';

import { InvalidEventEntryError } from './errors/invalid-event-entry-error';
import type { PublishEntry } from './publish-types';

/**
 * Turns a `PublishEntry` into the PutEvents wire entry, or throws `InvalidEventEntryError` for what
 * EventBridge would reject anyway (empty source or detail-type, a detail that is not a JSON object).
 *
 * @example
 * ```ts
 * toRequestEntry({ source: 'aircraftops.aircraft', detailType: 'AircraftRegistered', detail }, 0, 'aircraftops');
 * // { EventBusName: 'aircraftops', Source: 'aircraftops.aircraft', DetailType: 'AircraftRegistered', Detail: '{…}' }
 * ```
 */
export function toRequestEntry(entry: PublishEntry, index: number, eventBusName: string): PutEventsRequestEntry {
  if (!entry.source) throw new InvalidEventEntryError(index, 'source is empty');
  if (!entry.detailType) throw new InvalidEventEntryError(index, `detailType is empty (source ${entry.source})`);
  if (typeof entry.detail !== 'object' || entry.detail === null || Array.isArray(entry.detail)) {
    throw new InvalidEventEntryError(index, `detail of ${entry.detailType} must be a JSON object`);
  }
  let detail: string;
  try {
    detail = JSON.stringify(entry.detail);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InvalidEventEntryError(index, `detail of ${entry.detailType} does not serialise to JSON: ${reason}`, {
      cause: error,
    });
  }
  return {
    EventBusName: eventBusName,
    Source: entry.source,
    DetailType: entry.detailType,
    Detail: detail,
    ...(entry.time === undefined ? {} : { Time: entry.time }),
    ...(entry.resources === undefined ? {} : { Resources: [...entry.resources] }),
  };
}
