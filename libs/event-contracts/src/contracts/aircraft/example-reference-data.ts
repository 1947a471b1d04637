/**
 * Real FAA ACFTREF and ENGINE rows as the domain sees them, shared by the reference-data examples.
 *
 * @example
 * ```ts
 * const data = { ...exampleAircraftModel, numberOfSeats: 16 };
 * ```
 */
export const exampleAircraftModel = {
  code: '0020901',
  manufacturer: 'AAR AIRLIFT GROUP INC',
  model: 'UH-60A',
  typeAircraft: '6',
  typeEngine: '3',
  numberOfEngines: 2,
  aircraftCategory: '1',
  builderCertification: '0',
  numberOfSeats: 15,
  weightClass: 'CLASS 3',
};

/**
 * @example
 * ```ts
 * const data = { ...exampleEngineModel, horsepower: 1300 };
 * ```
 */
export const exampleEngineModel = {
  code: '52207',
  manufacturer: 'P&W CANADA',
  model: 'PT6A-67A',
  type: '2',
  horsepower: 1200,
  thrust: 0,
};
