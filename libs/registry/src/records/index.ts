export type { AircraftRecord, Registrant } from './aircraft-record';
export type { AircraftModelRecord } from './aircraft-model-record';
export type { EngineModelRecord } from './engine-model-record';
export type { DeregistrationRecord, PostalAddress } from './deregistration-record';
export { toAircraftRecord } from './to-aircraft-record';
export { toAircraftModelRecord } from './to-aircraft-model-record';
export { toEngineModelRecord } from './to-engine-model-record';
export { toDeregistrationRecord } from './to-deregistration-record';
export { withoutUndefined } from './without-undefined';
