import { aircraftImageKeys, aircraftKeys, aircraftModelKeys, deregistrationKeys, engineModelKeys } from './core-keys';
import { nameKeyPart } from './name-key-part';

/**
 * Key conditions of the CoreTable access patterns, as dynamodb-toolbox `Query` objects. Every
 * identifier is validated or escaped on the way in.
 * @example
 * await CoreTable.build(QueryCommand).entities(AircraftEntity).query(coreQueries.aircraftOfModel('2072738')).send();
 */
// The table key every item of an index list has: a position naming another kind of item (a forged
// token) is refused by the page-token codec, not looked up.
const AIRCRAFT_ITEM = { partition: 'AIRCRAFT#', sort: 'AIRCRAFT' } as const;

export const coreQueries = {
  /** An aircraft with its images and deregistration history, in one partition. */
  aircraftPartition: (nNumber: unknown) => ({ partition: aircraftKeys.partition(nNumber) }),
  imagesOfAircraft: (nNumber: unknown) => ({
    partition: aircraftKeys.partition(nNumber),
    range: { beginsWith: aircraftImageKeys.sortPrefix },
  }),
  deregistrationsOfAircraft: (nNumber: unknown) => ({
    partition: aircraftKeys.partition(nNumber),
    range: { beginsWith: deregistrationKeys.sortPrefix },
  }),
  /** Valid registrations expiring in a month (`YYYY-MM`), by date. Sparse GSI1. */
  registrationsExpiringIn: (month: unknown) => ({ index: 'GSI1' as const, partition: aircraftKeys.expiryPartition(month), tableKeyPrefixes: AIRCRAFT_ITEM }),
  /** Aircraft of a make/model (GSI2); page with `limit` + `exclusiveStartKey`. */
  aircraftOfModel: (mfrMdlCode: unknown) => ({
    index: 'GSI2' as const,
    partition: aircraftModelKeys.partition(mfrMdlCode, 'mfrMdlCode'),
    tableKeyPrefixes: AIRCRAFT_ITEM,
  }),
  /** Aircraft whose normalized registrant name starts with `namePrefix` (GSI3). */
  aircraftByRegistrantPrefix: (namePrefix: unknown) => ({
    index: 'GSI3' as const,
    partition: aircraftKeys.registrantPartition(namePrefix, 'namePrefix'),
    range: { beginsWith: nameKeyPart(namePrefix, 'namePrefix') },
    tableKeyPrefixes: AIRCRAFT_ITEM,
  }),
  modelsOfManufacturer: (manufacturer: unknown) => ({
    index: 'GSI1' as const,
    partition: aircraftModelKeys.manufacturerPartition(manufacturer),
    tableKeyPrefixes: { partition: 'MODEL#', sort: 'MODEL' },
  }),
  enginesOfManufacturer: (manufacturer: unknown) => ({
    index: 'GSI1' as const,
    partition: engineModelKeys.manufacturerPartition(manufacturer),
    tableKeyPrefixes: { partition: 'ENGINE#', sort: 'ENGINE' },
  }),
  imageById: (imageId: unknown) => ({
    index: 'GSI1' as const,
    partition: aircraftImageKeys.idPartition(imageId),
    range: { eq: 'IMAGE' },
    tableKeyPrefixes: { partition: 'AIRCRAFT#', sort: aircraftImageKeys.sortPrefix },
  }),
};
