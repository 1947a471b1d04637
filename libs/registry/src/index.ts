/**
 * @aircraftops/registry — the FAA releasable-aircraft registry domain: file layouts, record types,
 * field validation, N-number ↔ ICAO address conversion, content hashing and a dataset generator.
 * Pure domain code: Node built-ins only, no AWS.
 */
export * from './errors';
export * from './codes';
export * from './icao';
export * from './validation';
export * from './layouts';
export * from './records';
export * from './decode';
export * from './hash';
export * from './generator';
