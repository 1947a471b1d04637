export type { AircraftImageRepository } from './aircraft-image-repository';
export type { AircraftPartition, AircraftRepository, VersionedWrite } from './aircraft-repository';
export type { ReferenceDataRepository } from './reference-data-repository';
