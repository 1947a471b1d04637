import type { Entity, FormattedItem } from 'dynamodb-toolbox/entity';
import type { PutItemInput } from 'dynamodb-toolbox/entity/actions/put';

import { ItemAlreadyExistsError } from '../errors';
import { isConditionalCheckFailed } from './conditional-check';
import { type IndexKeyAttribute, isVersioned, rejectOwnedAttributes, type StampAttribute } from './owned-attributes';
import { entityAttributeName } from './entity-attribute-name';
import { preparePut } from './prepare-put';
import type { WriteContext } from './write-context';

type IsVersioned<ENTITY extends Entity> = 'version' extends keyof ENTITY['schema']['attributes'] ? true : false;

/** What a caller passes to `createItem`: the item without index keys and, when versioned, without stamps. */
export type CreateItemInput<ENTITY extends Entity> =
  IsVersioned<ENTITY> extends true
    ? Omit<PutItemInput<ENTITY>, IndexKeyAttribute | StampAttribute>
    : Omit<PutItemInput<ENTITY>, IndexKeyAttribute>;

/**
 * Writes a new item; fails with `ItemAlreadyExistsError` if one exists at its key (nothing is
 * overwritten). Versioned entities get `version: 1`, `updatedBy` and `correlationId` from `context`.
 * @returns the item as reads return it.
 * @example
 * const aircraft = await createItem(AircraftEntity, { nNumber: '12345', ... }, { actor: { type: 'user', id: 'alice' }, correlationId });
 */
export const createItem = async <ENTITY extends Entity>(
  entity: ENTITY,
  input: CreateItemInput<ENTITY>,
  context: WriteContext,
): Promise<FormattedItem<ENTITY>> => {
  rejectOwnedAttributes(entity, input);
  const item = isVersioned(entity)
    ? { ...input, version: 1, updatedBy: context.actor, correlationId: context.correlationId }
    : input;
  // Every item carries the entity attribute (`_et`): its absence means "no item at this key".
  const put = preparePut(entity, item, { condition: { attr: entityAttributeName(entity), exists: false } as never });
  try {
    await put.send();
  } catch (error) {
    if (isConditionalCheckFailed(error)) throw new ItemAlreadyExistsError(entity.entityName, put.key, { cause: error });
    throw error;
  }
  return put.item;
};
