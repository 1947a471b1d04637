import { Entity, type FormattedItem } from 'dynamodb-toolbox/entity';
import { item } from 'dynamodb-toolbox/schema/item';
import { number } from 'dynamodb-toolbox/schema/number';
import { string } from 'dynamodb-toolbox/schema/string';

import { indexKeyAttribute, isIsoInstant, isNonNegativeInteger, refuseUpdateOf, TIMESTAMPS, versionedAttributes } from '../common';
import { aircraftImageIndexKeys, aircraftImageKeys } from '../keys';
import type { CoreTableType } from '../tables';

const attributes = item({
  nNumber: string().key(),
  /** ULID/UUID-like; also the image's own index key. */
  imageId: string().key(),
  /** Object-storage key of the bytes. */
  objectKey: string(),
  contentType: string(),
  byteSize: number().validate(isNonNegativeInteger),
  width: number().optional(),
  height: number().optional(),
  caption: string().optional(),
  takenAt: string().optional().validate(isIsoInstant),
  delete_at: number().optional(),
  ...versionedAttributes(),
});

const GSI1_DEPENDENCIES = ['delete_at'];

/** The AircraftImage item schema; GSI1 (image by id) is computed. */
export const aircraftImageSchema = attributes.and({
  GSI1PK: indexKeyAttribute()
    .link<typeof attributes>((image) => aircraftImageIndexKeys(image).GSI1PK)
    .updateLink<typeof attributes>(refuseUpdateOf('GSI1PK', GSI1_DEPENDENCIES)),
  GSI1SK: indexKeyAttribute()
    .link<typeof attributes>((image) => aircraftImageIndexKeys(image).GSI1SK)
    .updateLink<typeof attributes>(refuseUpdateOf('GSI1SK', GSI1_DEPENDENCIES)),
}).strict();

/**
 * `AircraftImage` metadata: `PK=AIRCRAFT#<nNumber>`, `SK=IMAGE#<imageId>`; GSI1 `IMAGE#<imageId>` / `IMAGE`.
 * @example
 * await createAircraftImageEntity(core).build(GetItemCommand).key({ nNumber: '12345', imageId: '01J9Z' }).send();
 */
export const createAircraftImageEntity = (table: CoreTableType) =>
  new Entity({
    name: 'AircraftImage',
    table,
    schema: aircraftImageSchema,
    timestamps: TIMESTAMPS,
    computeKey: ({ nNumber, imageId }) => aircraftImageKeys.primary(nNumber, imageId),
  });

export type AircraftImageEntityType = ReturnType<typeof createAircraftImageEntity>;
export type AircraftImage = FormattedItem<AircraftImageEntityType>;
