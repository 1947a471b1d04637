import { map } from 'dynamodb-toolbox/schema/map';
import { number } from 'dynamodb-toolbox/schema/number';
import { string } from 'dynamodb-toolbox/schema/string';

import { IndexKeysNeedFullItemError } from '../errors';
import { ACTOR_TYPES } from './actor';

/** `{ type: 'user' | 'service', id }`, the shape of `metadata.actor` in domain events. */
export const actorSchema = () => map({ type: string().enum(...ACTOR_TYPES), id: string() });

/**
 * Optimistic-locking and audit stamps of every mutable entity. `version` starts at 1 and grows by one
 * per update; `updatedBy` is the actor map (copied as-is into events); `correlationId` the request's.
 * Required, without defaults: a blind re-put must decide its version, never reset it silently.
 */
export const versionedAttributes = () => ({
  version: number(),
  updatedBy: actorSchema(),
  correlationId: string(),
});

/** An index key attribute: computed (`.link()`), never returned by reads (hidden), absent for sparse indexes. */
export const indexKeyAttribute = () => string().optional().hidden();

/** Names of the attributes the library owns on every item; writes reject them in caller input. */
export const INDEX_KEY_ATTRIBUTES = ['GSI1PK', 'GSI1SK', 'GSI2PK', 'GSI2SK', 'GSI3PK', 'GSI3SK'] as const;

/**
 * `updateLink` for an index key that depends on several attributes: a raw `UpdateItemCommand`
 * cannot see the rest of the item, so touching a dependency is refused rather than leaving a stale key.
 * Updates that touch none (progress counters, captions) pass and leave the key as it is.
 */
export const refuseUpdateOf =
  (indexAttribute: string, dependencies: readonly string[]) =>
  (input: unknown): undefined => {
    const touched = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
    if (dependencies.some((name) => touched[name] !== undefined)) {
      throw new IndexKeysNeedFullItemError(indexAttribute, dependencies);
    }
    return undefined;
  };
