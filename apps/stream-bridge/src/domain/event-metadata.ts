import { IncompleteItemError } from './errors';
import type { EntityItem, StreamChange } from './stream-change';

/** The actor of a TTL deletion: DynamoDB's TTL process, not whoever wrote the item last. */
export const TTL_ACTOR = { type: 'service', id: 'dynamodb.ttl' } as const;

/** `detail.metadata` as the bridge builds it. */
export interface EventMetadata {
  readonly eventId: string;
  readonly eventVersion: number;
  readonly occurredAt: string;
  readonly correlationId: string;
  readonly actor: { readonly type: 'user' | 'service'; readonly id: string };
  readonly entity: { readonly type: string; readonly id: string; readonly version: number };
}

/** Which event of which entity the metadata is for. */
export interface MetadataTarget {
  readonly eventId: string;
  readonly eventVersion: number;
  readonly entityType: string;
  readonly entityId: string;
  /** The item the stamps come from: the new image, or the old one for a removal. */
  readonly item: EntityItem;
}

const nonEmptyString = (target: MetadataTarget, attribute: string): string => {
  const value = target.item[attribute];
  if (typeof value !== 'string' || value === '') {
    throw new IncompleteItemError(target.entityType, target.entityId, attribute, `is missing or not a non-empty string (got ${JSON.stringify(value)})`);
  }
  return value;
};

const actorOf = (target: MetadataTarget): EventMetadata['actor'] => {
  const actor = target.item['updatedBy'] as { type?: unknown; id?: unknown } | undefined;
  if ((actor?.type === 'user' || actor?.type === 'service') && typeof actor.id === 'string' && actor.id !== '') {
    return { type: actor.type, id: actor.id };
  }
  throw new IncompleteItemError(target.entityType, target.entityId, 'updatedBy', `is not an actor { type: user|service, id } (got ${JSON.stringify(actor)})`);
};

const versionOf = (target: MetadataTarget): number => {
  const version = target.item['version'];
  if (typeof version === 'number' && Number.isSafeInteger(version) && version >= 0) return version;
  throw new IncompleteItemError(target.entityType, target.entityId, 'version', `is not a non-negative integer (got ${JSON.stringify(version)})`);
};

/**
 * Builds an event's metadata from the stream record and the item's write stamps. `occurredAt` is the item's
 * `modifiedAt` for writes (DynamoDB Local truncates the record time to the minute) and the record time for
 * removals (no write stamped them); a TTL removal's actor is `TTL_ACTOR`.
 * @throws IncompleteItemError naming the stamp that is missing or malformed.
 * @example
 * ```ts
 * eventMetadata(change, { eventId, eventVersion: 1, entityType: 'Aircraft', entityId: '511CR', item: change.newItem });
 * ```
 */
export const eventMetadata = (change: StreamChange, target: MetadataTarget): EventMetadata => ({
  eventId: target.eventId,
  eventVersion: target.eventVersion,
  occurredAt:
    change.eventName === 'REMOVE'
      ? new Date(change.approximateCreationSeconds * 1000).toISOString()
      : nonEmptyString(target, 'modifiedAt'),
  correlationId: nonEmptyString(target, 'correlationId'),
  actor: change.eventName === 'REMOVE' && change.deletedByTtl ? TTL_ACTOR : actorOf(target),
  entity: { type: target.entityType, id: target.entityId, version: versionOf(target) },
});
