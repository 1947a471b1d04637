import { Entity, type FormattedItem } from 'dynamodb-toolbox/entity';
import { item } from 'dynamodb-toolbox/schema/item';
import { number } from 'dynamodb-toolbox/schema/number';
import { string } from 'dynamodb-toolbox/schema/string';

import { indexKeyAttribute, isNonNegativeInteger, refuseUpdateOf, TIMESTAMPS, versionedAttributes } from '../common';
import { aircraftModelIndexKeys, aircraftModelKeys } from '../keys';
import type { CoreTableType } from '../tables';

const attributes = item({
  /** 7-character make/model/series code. */
  code: string().key(),
  manufacturer: string(),
  model: string(),
  typeAircraft: string(),
  typeEngine: string(),
  aircraftCategory: string(),
  builderCertification: string(),
  numberOfEngines: number().validate(isNonNegativeInteger),
  numberOfSeats: number().validate(isNonNegativeInteger),
  weightClass: string(),
  cruisingSpeed: number().optional(),
  tcDataSheet: string().optional(),
  tcDataHolder: string().optional(),
  contentHash: string().optional(),
  sourceJobId: string().optional(),
  delete_at: number().optional(),
  ...versionedAttributes(),
});

const GSI1_DEPENDENCIES = ['manufacturer', 'delete_at'];

/** The AircraftModel item schema; GSI1 (models by manufacturer) is computed. */
export const aircraftModelSchema = attributes.and({
  GSI1PK: indexKeyAttribute()
    .link<typeof attributes>((model) => aircraftModelIndexKeys(model).GSI1PK)
    .updateLink<typeof attributes>(refuseUpdateOf('GSI1PK', GSI1_DEPENDENCIES)),
  GSI1SK: indexKeyAttribute()
    .link<typeof attributes>((model) => aircraftModelIndexKeys(model).GSI1SK)
    .updateLink<typeof attributes>(refuseUpdateOf('GSI1SK', GSI1_DEPENDENCIES)),
}).strict();

/**
 * `AircraftModel` (FAA ACFTREF.txt): `PK=MODEL#<code>`, `SK=MODEL`; GSI1 `MANUFACTURER#<name>` / `MODEL#<code>`.
 * @example
 * await createAircraftModelEntity(core).build(GetItemCommand).key({ code: '2072738' }).send();
 */
export const createAircraftModelEntity = (table: CoreTableType) =>
  new Entity({
    name: 'AircraftModel',
    table,
    schema: aircraftModelSchema,
    timestamps: TIMESTAMPS,
    computeKey: ({ code }) => aircraftModelKeys.primary(code),
  });

export type AircraftModelEntityType = ReturnType<typeof createAircraftModelEntity>;
export type AircraftModel = FormattedItem<AircraftModelEntityType>;
