import { entrySize, PUT_EVENTS_MAX_BYTES } from './entry-size';
import { InvalidBusRequestError } from './errors';
import type { PutEventsEntry } from './put-events-entry';

/**
 * Request-level PutEvents checks, which reject the whole call (HTTP 400 ValidationException on AWS):
 * 1–10 entries, and at most 256 KB in total.
 *
 * @example
 * ```ts
 * validatePutEventsRequest(entries); // throws InvalidBusRequestError with the AWS message
 * ```
 */
export function validatePutEventsRequest(entries: unknown): asserts entries is readonly PutEventsEntry[] {
  const prefix = '1 validation error detected: Value';
  if (entries === undefined || entries === null) {
    throw new InvalidBusRequestError(`${prefix} null at 'entries' failed to satisfy constraint: Member must not be null`);
  }
  if (!Array.isArray(entries) || entries.some((entry) => typeof entry !== 'object' || entry === null || Array.isArray(entry))) {
    throw new InvalidBusRequestError("Parameter Entries is not valid. Reason: Entries must be a list of PutEventsRequestEntry objects.");
  }
  if (entries.length < 1) {
    throw new InvalidBusRequestError(`${prefix} '[]' at 'entries' failed to satisfy constraint: Member must have length greater than or equal to 1`);
  }
  if (entries.length > 10) {
    throw new InvalidBusRequestError(
      `${prefix} '[${(entries as PutEventsEntry[]).map(describeEntry).join(', ')}]' at 'entries' failed to satisfy constraint: Member must have length less than or equal to 10`,
    );
  }
  const total = (entries as PutEventsEntry[]).reduce((sum, entry) => sum + entrySize(entry), 0);
  if (total > PUT_EVENTS_MAX_BYTES) {
    throw new InvalidBusRequestError('Total size of the entries in the request is over the limit.');
  }
}

/** AWS lists the offending entries in Java toString form. */
function describeEntry(entry: PutEventsEntry): string {
  const field = (value: unknown): string => (value === undefined ? 'null' : String(value));
  return `PutEventsRequestEntry(time=${field(entry.Time)}, source=${field(entry.Source)}, resources=[${(entry.Resources ?? []).join(', ')}], detailType=${field(entry.DetailType)}, detail=${field(entry.Detail)}, eventBusName=${field(entry.EventBusName)}, traceHeader=${field(entry.TraceHeader)})`;
}
