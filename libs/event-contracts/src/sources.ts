/**
 * EventBridge `source` of every event the aircraft app emits (aircraft, images, reference data, history).
 *
 * @example
 * ```ts
 * const pattern = { source: [AIRCRAFT_SOURCE], 'detail-type': ['AircraftRegistered'] };
 * ```
 */
export const AIRCRAFT_SOURCE = 'aircraftops.aircraft';

/**
 * EventBridge `source` of ingestion-job lifecycle events.
 *
 * @example
 * ```ts
 * const pattern = { source: [INGESTION_SOURCE] };
 * ```
 */
export const INGESTION_SOURCE = 'aircraftops.ingestion';

/** The sources the catalog knows, for typing `findContract` and the doc generator. */
export type EventSource = typeof AIRCRAFT_SOURCE | typeof INGESTION_SOURCE;
