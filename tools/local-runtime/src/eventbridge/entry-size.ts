import type { PutEventsEntry } from './put-events-entry';

/**
 * Size of one PutEvents entry as EventBridge counts it against the 256 KB limit: 14 bytes for a
 * `Time`, plus the UTF-8 bytes of Source, DetailType, Detail and each Resource.
 *
 * @example
 * ```ts
 * entrySize({ Source: 'a', DetailType: 'B', Detail: '{}' }); // 4
 * ```
 */
export function entrySize(entry: PutEventsEntry): number {
  const bytes = (value: unknown): number => (typeof value === 'string' ? Buffer.byteLength(value, 'utf8') : 0);
  let size = entry.Time === undefined || entry.Time === null ? 0 : 14;
  size += bytes(entry.Source) + bytes(entry.DetailType) + bytes(entry.Detail);
  for (const resource of Array.isArray(entry.Resources) ? entry.Resources : []) size += bytes(resource);
  return size;
}

/** The PutEvents request limit, in bytes. */
export const PUT_EVENTS_MAX_BYTES = 256 * 1024;
