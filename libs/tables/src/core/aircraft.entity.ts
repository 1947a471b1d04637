import { Entity, type FormattedItem } from 'dynamodb-toolbox/entity';
import { boolean } from 'dynamodb-toolbox/schema/boolean';
import { item } from 'dynamodb-toolbox/schema/item';
import { list } from 'dynamodb-toolbox/schema/list';
import { map } from 'dynamodb-toolbox/schema/map';
import { number } from 'dynamodb-toolbox/schema/number';
import { string } from 'dynamodb-toolbox/schema/string';

import { indexKeyAttribute, isIsoDate, refuseUpdateOf, TIMESTAMPS, versionedAttributes } from '../common';
import { aircraftIndexKeys, aircraftKeys } from '../keys';
import type { CoreTableType } from '../tables';

const optionalText = () => string().optional();
const optionalDate = () => string().optional().validate(isIsoDate);

/** Registrant block of FAA MASTER.txt; every field may be blank in the source. */
const registrantSchema = map({
  name: optionalText(),
  street: optionalText(),
  street2: optionalText(),
  city: optionalText(),
  state: optionalText(),
  zipCode: optionalText(),
  region: optionalText(),
  county: optionalText(),
  country: optionalText(),
});

const attributes = item({
  /** Without the `N` prefix. */
  nNumber: string().key(),
  serialNumber: string(),
  mfrMdlCode: string(),
  engMfrMdl: string(),
  yearMfr: number().optional(),
  typeRegistrant: string(),
  registrant: registrantSchema.optional(),
  lastActionDate: optionalDate(),
  certIssueDate: optionalDate(),
  airworthinessDate: optionalDate(),
  expirationDate: optionalDate(),
  /** Free-form FAA certification codes, e.g. `1T`, `49A9C`. */
  certification: string(),
  typeAircraft: string(),
  typeEngine: string(),
  statusCode: string(),
  /** 8-digit octal; blank in the source for aircraft without a Mode S assignment. */
  modeSCode: string().optional().validate((value: string) => /^[0-7]{8}$/.test(value) || 'must be 8 octal digits'),
  modeSCodeHex: string().optional().validate((value: string) => /^[0-9A-F]{6}$/.test(value) || 'must be 6 uppercase hex digits'),
  fractOwner: boolean().optional(),
  otherNames: list(string()).putDefault(() => []),
  uniqueId: string(),
  kitMfr: optionalText(),
  kitModel: optionalText(),
  /** Ingestion's delta detection: hash of the source row. */
  contentHash: optionalText(),
  sourceJobId: optionalText(),
  /** Soft delete: epoch seconds at which TTL removes the item; set means "out of every index". */
  delete_at: number().optional(),
  ...versionedAttributes(),
});

const GSI1_DEPENDENCIES = ['expirationDate', 'statusCode', 'delete_at'];
const GSI2_DEPENDENCIES = ['mfrMdlCode', 'delete_at'];
const GSI3_DEPENDENCIES = ['registrant', 'delete_at'];

/** The Aircraft item schema, index keys included (computed by `.link()`, never passed by callers). */
export const aircraftSchema = attributes.and({
  GSI1PK: indexKeyAttribute()
    .link<typeof attributes>((aircraft) => aircraftIndexKeys(aircraft).GSI1PK)
    .updateLink<typeof attributes>(refuseUpdateOf('GSI1PK', GSI1_DEPENDENCIES)),
  GSI1SK: indexKeyAttribute()
    .link<typeof attributes>((aircraft) => aircraftIndexKeys(aircraft).GSI1SK)
    .updateLink<typeof attributes>(refuseUpdateOf('GSI1SK', GSI1_DEPENDENCIES)),
  GSI2PK: indexKeyAttribute()
    .link<typeof attributes>((aircraft) => aircraftIndexKeys(aircraft).GSI2PK)
    .updateLink<typeof attributes>(refuseUpdateOf('GSI2PK', GSI2_DEPENDENCIES)),
  GSI2SK: indexKeyAttribute()
    .link<typeof attributes>((aircraft) => aircraftIndexKeys(aircraft).GSI2SK)
    .updateLink<typeof attributes>(refuseUpdateOf('GSI2SK', GSI2_DEPENDENCIES)),
  GSI3PK: indexKeyAttribute()
    .link<typeof attributes>((aircraft) => aircraftIndexKeys(aircraft).GSI3PK)
    .updateLink<typeof attributes>(refuseUpdateOf('GSI3PK', GSI3_DEPENDENCIES)),
  GSI3SK: indexKeyAttribute()
    .link<typeof attributes>((aircraft) => aircraftIndexKeys(aircraft).GSI3SK)
    .updateLink<typeof attributes>(refuseUpdateOf('GSI3SK', GSI3_DEPENDENCIES)),
}).strict();

/**
 * `Aircraft` (FAA MASTER.txt): `PK=AIRCRAFT#<nNumber>`, `SK=AIRCRAFT`; GSI1 expiring valid
 * registrations (sparse), GSI2 aircraft of a model, GSI3 registrant name prefix.
 * @example
 * const Aircraft = createAircraftEntity(createCoreTable({ documentClient, tableName: 'CoreTable' }));
 * await Aircraft.build(GetItemCommand).key({ nNumber: '12345' }).send();
 */
export const createAircraftEntity = (table: CoreTableType) =>
  new Entity({
    name: 'Aircraft',
    table,
    schema: aircraftSchema,
    timestamps: TIMESTAMPS,
    computeKey: ({ nNumber }) => aircraftKeys.primary(nNumber),
  });

export type AircraftEntityType = ReturnType<typeof createAircraftEntity>;
/** An aircraft as reads return it (no keys, no index keys, no `_et`). */
export type Aircraft = FormattedItem<AircraftEntityType>;
