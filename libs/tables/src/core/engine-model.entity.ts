import { Entity, type FormattedItem } from 'dynamodb-toolbox/entity';
import { item } from 'dynamodb-toolbox/schema/item';
import { number } from 'dynamodb-toolbox/schema/number';
import { string } from 'dynamodb-toolbox/schema/string';

import { indexKeyAttribute, refuseUpdateOf, TIMESTAMPS, versionedAttributes } from '../common';
import { engineModelIndexKeys, engineModelKeys } from '../keys';
import type { CoreTableType } from '../tables';

const attributes = item({
  /** 5-character engine make/model code. */
  code: string().key(),
  manufacturer: string(),
  model: string(),
  type: string(),
  horsepower: number().optional(),
  thrust: number().optional(),
  contentHash: string().optional(),
  sourceJobId: string().optional(),
  delete_at: number().optional(),
  ...versionedAttributes(),
});

const GSI1_DEPENDENCIES = ['manufacturer', 'delete_at'];

/** The EngineModel item schema; GSI1 (engines by manufacturer) is computed. */
export const engineModelSchema = attributes.and({
  GSI1PK: indexKeyAttribute()
    .link<typeof attributes>((engine) => engineModelIndexKeys(engine).GSI1PK)
    .updateLink<typeof attributes>(refuseUpdateOf('GSI1PK', GSI1_DEPENDENCIES)),
  GSI1SK: indexKeyAttribute()
    .link<typeof attributes>((engine) => engineModelIndexKeys(engine).GSI1SK)
    .updateLink<typeof attributes>(refuseUpdateOf('GSI1SK', GSI1_DEPENDENCIES)),
}).strict();

/**
 * `EngineModel` (FAA ENGINE.txt): `PK=ENGINE#<code>`, `SK=ENGINE`; GSI1 `ENGINEMFR#<name>` / `ENGINE#<code>`.
 * @example
 * await createEngineModelEntity(core).build(GetItemCommand).key({ code: '41514' }).send();
 */
export const createEngineModelEntity = (table: CoreTableType) =>
  new Entity({
    name: 'EngineModel',
    table,
    schema: engineModelSchema,
    timestamps: TIMESTAMPS,
    computeKey: ({ code }) => engineModelKeys.primary(code),
  });

export type EngineModelEntityType = ReturnType<typeof createEngineModelEntity>;
export type EngineModel = FormattedItem<EngineModelEntityType>;
