import type { EventScalar } from '../model';
import type { ArrayMembership } from './array-membership';
import { NO_MEMBERSHIP } from './array-membership';

/** A leaf of the event: its value and the array elements it sits in. */
export interface EventField {
  readonly value: EventScalar;
  readonly membership: ArrayMembership;
}

/** Flattened event: dotted path → every leaf found there. */
export type FlatEvent = ReadonlyMap<string, readonly EventField[]>;

/** The paths a pattern reads, and every dot-boundary prefix of them, to prune the walk. */
export interface PathIndex {
  readonly leaves: ReadonlySet<string>;
  readonly prefixes: ReadonlySet<string>;
}

/**
 * Flattens an event the way event-ruler does: object keys join with `.` (so `{"a":{"b":1}}` and
 * `{"a.b":1}` are both `a.b`), array elements take their array's path, and only leaves (strings,
 * numbers, booleans, null) are fields; empty objects and arrays yield nothing. Branches the pattern
 * never reads are skipped.
 *
 * @example
 * ```ts
 * flattenEvent({ detail: { ids: [1, 2] } }, index).get('detail.ids'); // two fields, one per element
 * ```
 */
export function flattenEvent(event: Record<string, unknown>, index: PathIndex): FlatEvent {
  const fields = new Map<string, EventField[]>();
  let nextArrayId = 0;

  const visit = (value: unknown, path: string, membership: ArrayMembership): void => {
    if (Array.isArray(value)) {
      const arrayId = nextArrayId++;
      value.forEach((element, i) => visit(element, path, [...membership, [arrayId, i]]));
    } else if (typeof value === 'object' && value !== null) {
      visitObject(value as Record<string, unknown>, path, membership);
    } else if (index.leaves.has(path) && isScalar(value)) {
      const list = fields.get(path);
      const field = { value, membership };
      if (list) list.push(field);
      else fields.set(path, [field]);
    }
  };
  const visitObject = (object: Record<string, unknown>, path: string, membership: ArrayMembership): void => {
    for (const key in object) {
      const child = path === '' ? key : `${path}.${key}`;
      if (index.prefixes.has(child)) visit(object[key], child, membership);
    }
  };

  visitObject(event, '', NO_MEMBERSHIP);
  return fields;
}

function isScalar(value: unknown): value is EventScalar {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
