import type { Entity, FormattedItem, KeyInputItem } from 'dynamodb-toolbox/entity';

import { InvalidChangeError } from '../errors';
import { updateItem } from './update-item';
import type { VersionedWriteOptions } from './write-context';

/** How long a soft-deleted item stays readable (by key) before TTL removes it, unless told otherwise. */
export const SOFT_DELETE_RETENTION_SECONDS = 30 * 24 * 60 * 60;

export interface SoftDeleteOptions extends VersionedWriteOptions {
  /** Epoch seconds at which TTL removes the item; defaults to now + `SOFT_DELETE_RETENTION_SECONDS`. */
  readonly deleteAt?: number;
}

/**
 * Soft delete with optimistic locking: sets `delete_at`, which drops every index key at once (the
 * item leaves all indexes but stays readable by key) and lets TTL purge it later. CoreTable
 * entities only (they carry `delete_at`, the table's TTL attribute).
 * @example
 * await softDeleteItem(AircraftEntity, { nNumber: '12345' }, { expectedVersion: 4, actor, correlationId });
 */
export const softDeleteItem = async <ENTITY extends Entity>(
  entity: ENTITY,
  key: KeyInputItem<ENTITY>,
  options: SoftDeleteOptions,
): Promise<FormattedItem<ENTITY>> => {
  if (!('delete_at' in entity.schema.attributes)) {
    throw new InvalidChangeError('delete_at', `is not an attribute of ${entity.entityName}: it cannot be soft deleted`);
  }
  const deleteAt = options.deleteAt ?? Math.floor(Date.now() / 1000) + SOFT_DELETE_RETENTION_SECONDS;
  return updateItem(entity, key, { delete_at: deleteAt } as never, options);
};
