import { aircraftImageKeys, aircraftKeys, aircraftModelKeys, engineModelKeys } from './core-keys';
import type { IndexKeys } from './index-keys';

/** A soft-deleted item (`delete_at` set) leaves every index at once, until TTL removes it. */
interface SoftDeletable {
  readonly delete_at?: number | undefined;
}

/**
 * The index keys of an `Aircraft` item, computed from its attributes:
 * GSI1 (registrations expiring per month) only for a valid (`V`) registration with an expiration
 * date; GSI2 (aircraft of a model) always; GSI3 (registrant name prefix) when it has a name.
 * @example
 * aircraftIndexKeys({ nNumber: '1', mfrMdlCode: '2072738', statusCode: 'V', expirationDate: '2027-01-31' }).GSI1PK; // 'EXPIRES#2027-01'
 */
export const aircraftIndexKeys = (
  item: SoftDeletable & {
    readonly nNumber: string;
    readonly mfrMdlCode: string;
    readonly statusCode?: string | undefined;
    readonly expirationDate?: string | undefined;
    readonly registrant?: { readonly name?: string | undefined } | undefined;
  },
): IndexKeys => {
  if (item.delete_at !== undefined) return {};
  const name = item.registrant?.name;
  return {
    ...(item.statusCode === 'V' && item.expirationDate !== undefined
      ? aircraftKeys.expiryIndex(item.nNumber, item.expirationDate)
      : {}),
    ...aircraftKeys.modelIndex(item.nNumber, item.mfrMdlCode),
    ...(name !== undefined && name.trim() !== '' ? aircraftKeys.registrantIndex(item.nNumber, name) : {}),
  };
};

/**
 * The index keys of an `AircraftModel` item: GSI1 lists models by manufacturer.
 * @example
 * aircraftModelIndexKeys({ code: '2072738', manufacturer: 'CESSNA' }); // { GSI1PK: 'MANUFACTURER#CESSNA', GSI1SK: 'MODEL#2072738' }
 */
export const aircraftModelIndexKeys = (
  item: SoftDeletable & { readonly code: string; readonly manufacturer: string },
): IndexKeys => (item.delete_at !== undefined ? {} : aircraftModelKeys.manufacturerIndex(item.code, item.manufacturer));

/**
 * The index keys of an `EngineModel` item: GSI1 lists engines by manufacturer.
 * @example
 * engineModelIndexKeys({ code: '41514', manufacturer: 'LYCOMING' }); // { GSI1PK: 'ENGINEMFR#LYCOMING', GSI1SK: 'ENGINE#41514' }
 */
export const engineModelIndexKeys = (
  item: SoftDeletable & { readonly code: string; readonly manufacturer: string },
): IndexKeys => (item.delete_at !== undefined ? {} : engineModelKeys.manufacturerIndex(item.code, item.manufacturer));

/**
 * The index keys of an `AircraftImage` item: GSI1 finds an image by id alone.
 * @example
 * aircraftImageIndexKeys({ imageId: 'img-1' }); // { GSI1PK: 'IMAGE#img-1', GSI1SK: 'IMAGE' }
 */
export const aircraftImageIndexKeys = (item: SoftDeletable & { readonly imageId: string }): IndexKeys =>
  item.delete_at !== undefined ? {} : aircraftImageKeys.idIndex(item.imageId);
