import * as z from 'zod/mini';

import { nonEmptyString } from './non-empty-string';

/**
 * The `detail.metadata` of one contract: the entity type and the event version are literals, so an event that
 * claims another entity or version is rejected rather than read with the wrong shape.
 *
 * @example
 * ```ts
 * const schema = metadataSchema('Aircraft', 1);
 * schema.parse({ eventId: 'e1', eventVersion: 1, occurredAt: '2025-11-21T10:00:00.000Z', correlationId: 'c1',
 *   actor: { type: 'service', id: 'ingestion' }, entity: { type: 'Aircraft', id: 'N511CR', version: 1 } });
 * ```
 */
export function metadataSchema<const EntityType extends string, const Version extends number>(
  entityType: EntityType,
  version: Version,
) {
  return z.object({
    /** Deterministic from the stream record's `eventID`: consumers deduplicate on it. */
    eventId: nonEmptyString(),
    eventVersion: z.literal(version),
    occurredAt: z.iso.datetime({ offset: true }),
    correlationId: nonEmptyString(),
    causationId: z.optional(nonEmptyString()),
    actor: z.object({ type: z.enum(['user', 'service']), id: nonEmptyString() }),
    entity: z.object({
      type: z.literal(entityType),
      id: nonEmptyString(),
      /** The entity's version after the change (before it, for removals). */
      version: z.int().check(z.nonnegative()),
    }),
  });
}
