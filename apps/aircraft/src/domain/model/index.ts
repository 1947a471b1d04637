/**
 * The records the aircraft app works with, as the table library's entities return them (no keys, no
 * index keys, no `_et`). Type-only: the domain never touches dynamodb-toolbox at run time, and reusing
 * the entity types keeps one definition of each record instead of a drifting copy.
 */
export type {
  Aircraft,
  AircraftImage,
  AircraftModel,
  Deregistration,
  EngineModel,
} from '@aircraftops/tables';
export type { AircraftChanges } from './aircraft-changes';
export type { AircraftDetails } from './aircraft-details';
export type { AircraftListFilter } from './aircraft-list-filter';
export { IMAGE_CONTENT_TYPES, type ImageContentType, type NewAircraftImage } from './new-aircraft-image';
export type { Page, PageRequest } from './page';
export { isLive } from './is-live';
export type { WriteContext } from './write-context';
