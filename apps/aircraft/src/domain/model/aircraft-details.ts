import type { Aircraft, AircraftImage, Deregistration } from '@aircraftops/tables';

/** An aircraft with its live images and its deregistration history (oldest cancellation first). */
export interface AircraftDetails {
  readonly aircraft: Aircraft;
  readonly images: readonly AircraftImage[];
  readonly deregistrations: readonly Deregistration[];
}
