import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Entity, FormattedItem } from 'dynamodb-toolbox/entity';
import { EntityFormatter } from 'dynamodb-toolbox/entity/actions/format';
import { PutItemCommand, type PutItemOptions } from 'dynamodb-toolbox/entity/actions/put';

/** A parsed, validated put, ready to send. */
export interface PreparedPut<ENTITY extends Entity> {
  /** The primary key it writes (`PK`, `SK`). */
  readonly key: Readonly<Record<string, unknown>>;
  /** The item as reads will return it. */
  readonly item: FormattedItem<ENTITY>;
  send(): Promise<void>;
}

/**
 * Parses the item once and sends exactly that: defaults computed during parsing (timestamps, TTLs)
 * are the same in the stored item and in the returned one, and the key is known before sending.
 */
export const preparePut = <ENTITY extends Entity>(
  entity: ENTITY,
  item: object,
  options: PutItemOptions<ENTITY>,
): PreparedPut<ENTITY> => {
  const { ToolboxItem: _parsed, ...params } = entity
    .build(PutItemCommand)
    .item(item as never)
    .options(options as never)
    .params();
  const stored = params.Item as Record<string, unknown>;
  const key = Object.fromEntries(
    [entity.table.partitionKey.name, entity.table.sortKey?.name]
      .filter((name): name is string => name !== undefined)
      .map((name) => [name, stored[name]]),
  );
  return {
    key,
    item: entity.build(EntityFormatter).format(stored) as FormattedItem<ENTITY>,
    send: async () => {
      await entity.table.getDocumentClient().send(new PutCommand(params));
    },
  };
};
