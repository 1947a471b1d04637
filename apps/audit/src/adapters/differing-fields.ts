import { isDeepStrictEqual } from 'node:util';

/** What makes two deliveries the same event; `recordedAt`, retention and schema status may differ. */
const CONTENT_FIELDS = [
  'entity',
  'source',
  'detailType',
  'eventVersion',
  'correlationId',
  'causationId',
  'actor',
  'data',
  'changes',
  'extras',
] as const;

/**
 * The content fields (or `fields`) in which a stored item and a new one differ (deep, key order ignored).
 * @example
 * differingFields(stored, item); // [] for a redelivery, ['data'] for a conflicting event
 */
export const differingFields = (
  stored: Readonly<Record<string, unknown>>,
  incoming: Readonly<Record<string, unknown>>,
  fields: readonly string[] = CONTENT_FIELDS,
): string[] => fields.filter((field) => !isDeepStrictEqual(stored[field], incoming[field]));
