/**
 * Builds the `metadata` of a catalog example so that the examples differ only where the events differ.
 *
 * @example
 * ```ts
 * exampleMetadata('Aircraft', '511CR', 3); // entity { type: 'Aircraft', id: '511CR', version: 3 }
 * ```
 */
export function exampleMetadata<const EntityType extends string>(
  entityType: EntityType,
  entityId: string,
  entityVersion: number,
  actor: { readonly type: 'user' | 'service'; readonly id: string } = { type: 'user', id: 'operator-42' },
) {
  return {
    eventId: '7b1f0a3c9d2e4f5a8b6c1d0e2f3a4b5c',
    eventVersion: 1 as const,
    occurredAt: '2025-11-21T14:03:27.512Z',
    correlationId: 'req-2f9c1a7e',
    causationId: 'cmd-8d41e0b2',
    actor,
    entity: { type: entityType, id: entityId, version: entityVersion },
  };
}
