import type { Entity, FormattedItem, KeyInputItem } from 'dynamodb-toolbox/entity';
import { GetItemCommand } from 'dynamodb-toolbox/entity/actions/get';
import type { PutItemInput } from 'dynamodb-toolbox/entity/actions/put';

import { InvalidChangeError, ItemNotFoundError, VersionConflictError } from '../errors';
import { isConditionalCheckFailed, oldItemOf } from './conditional-check';
import { type IndexKeyAttribute, rejectOwnedAttributes, type StampAttribute } from './owned-attributes';
import { preparePut } from './prepare-put';
import type { VersionedWriteOptions } from './write-context';

/**
 * Top-level attribute replacements; a map or list is replaced whole. `undefined` removes an optional
 * attribute. Keys, index keys and stamps cannot be changed.
 */
export type ItemChanges<ENTITY extends Entity> = Partial<
  Omit<PutItemInput<ENTITY>, keyof KeyInputItem<ENTITY> | IndexKeyAttribute | StampAttribute>
>;

const versionOf = (item: Record<string, unknown> | undefined): number | undefined =>
  typeof item?.['version'] === 'number' ? item['version'] : undefined;

/**
 * Optimistic-locking update of a versioned item. Reads the item, applies `changes`, and writes the
 * whole item back on condition `version = expectedVersion`, with `version + 1`, `updatedBy` and
 * `correlationId` from `options`. Writing the whole item (rather than an UpdateItem expression) is
 * what lets every index key be recomputed from all the attributes it depends on (sparse GSI1 of
 * Aircraft needs expirationDate, statusCode and delete_at together).
 *
 * Throws `VersionConflictError` (with the current version) when the stored version differs, before
 * or at the write; nothing is changed then. `ItemNotFoundError` when there is no item.
 * @example
 * const updated = await updateItem(AircraftEntity, { nNumber: '12345' }, { statusCode: 'D' },
 *   { expectedVersion: 3, actor: { type: 'user', id: 'alice' }, correlationId });
 */
export const updateItem = async <ENTITY extends Entity>(
  entity: ENTITY,
  key: KeyInputItem<ENTITY>,
  changes: ItemChanges<ENTITY>,
  options: VersionedWriteOptions,
): Promise<FormattedItem<ENTITY>> => {
  const { expectedVersion, actor, correlationId } = options;
  rejectOwnedAttributes(entity, changes);
  const keyAttribute = Object.keys(changes).find((name) => entity.schema.keyAttributeNames.has(name));
  if (keyAttribute !== undefined) {
    throw new InvalidChangeError(keyAttribute, `is part of the ${entity.entityName} key; create a new item instead`);
  }

  const { Item: current } = await entity
    .build(GetItemCommand)
    .key(key as never)
    .options({ consistent: true })
    .send();
  if (current === undefined) throw new ItemNotFoundError(entity.entityName, key as Record<string, unknown>);
  const currentVersion = versionOf(current);
  if (currentVersion !== expectedVersion) {
    throw new VersionConflictError(entity.entityName, key as Record<string, unknown>, expectedVersion, currentVersion);
  }

  const next: Record<string, unknown> = {
    ...current,
    ...changes,
    version: expectedVersion + 1,
    updatedBy: actor,
    correlationId,
    modifiedAt: new Date().toISOString(),
  };
  for (const [name, value] of Object.entries(changes)) if (value === undefined) delete next[name];

  const put = preparePut(entity, next, {
    condition: { attr: 'version', eq: expectedVersion } as never,
    returnValuesOnConditionFalse: 'ALL_OLD',
  });
  try {
    await put.send();
  } catch (error) {
    if (isConditionalCheckFailed(error)) {
      // A concurrent writer won between the read and the write.
      throw new VersionConflictError(entity.entityName, put.key, expectedVersion, versionOf(oldItemOf(error)), {
        cause: error,
      });
    }
    throw error;
  }
  return put.item;
};
