export { type AircraftPatch, REGISTRANT_FIELDS, type RegistrantField } from './aircraft-patch';
export { changesOfPatch } from './changes-of-patch';
