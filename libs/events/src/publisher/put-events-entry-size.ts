import type { PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';

const encoder = new TextEncoder();

function utf8Bytes(text: string | undefined): number {
  return text === undefined ? 0 : encoder.encode(text).byteLength;
}

/**
 * The size EventBridge charges an entry against the 256 KB limit, as documented in "Calculating PutEvents
 * event entry size": 14 bytes for `Time` if present, plus the UTF-8 bytes of `Source`, `DetailType`, `Detail`
 * and each `Resources` entry. `EventBusName` and `TraceHeader` do not count.
 *
 * @example
 * ```ts
 * putEventsEntrySize({ Source: 'a', DetailType: 'B', Detail: '{}', Time: new Date() }); // 1 + 1 + 2 + 14 = 18
 * ```
 */
export function putEventsEntrySize(entry: PutEventsRequestEntry): number {
  let size = entry.Time === undefined ? 0 : 14;
  size += utf8Bytes(entry.Source) + utf8Bytes(entry.DetailType) + utf8Bytes(entry.Detail);
  for (const resource of entry.Resources ?? []) size += utf8Bytes(resource);
  return size;
}
