import { validateIsoTimestamp } from './identifiers';

/** Sorts after any `#<id>` suffix, so an upper bound includes every event at that exact instant. */
const AFTER_ANY_ID = '#\uffff';

/** A key-condition range over `<ISO instant>#<id>` sort keys. */
export type TimeRange = { between: [string, string] } | { gte: string } | { lte: string };

/**
 * The sort-key range for instants in `[from, to]` (both inclusive, either optional) over
 * `<occurredAt>#<id>`-style sort keys; undefined when both bounds are absent.
 * @example
 * timeRange('2025-03-01T00:00:00.000Z', '2025-03-02T00:00:00.000Z'); // { between: [...] }
 */
export const timeRange = (from?: string, to?: string, prefix = ''): TimeRange | undefined => {
  const lower = from === undefined ? undefined : `${prefix}${validateIsoTimestamp(from, 'from')}`;
  const upper = to === undefined ? undefined : `${prefix}${validateIsoTimestamp(to, 'to')}${AFTER_ANY_ID}`;
  if (lower !== undefined && upper !== undefined) return { between: [lower, upper] };
  if (lower !== undefined) return { gte: lower };
  if (upper !== undefined) return { lte: upper };
  return undefined;
};
