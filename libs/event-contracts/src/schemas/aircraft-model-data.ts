import * as z from 'zod/mini';

import { nonEmptyString } from './non-empty-string';

/**
 * `detail.data` of AircraftModel events: one FAA ACFTREF row (reference data), identified by its 7-character
 * `code` (the aircraft's `mfrMdlCode`). Loose, so further ACFTREF columns pass through.
 *
 * @example
 * ```ts
 * aircraftModelDataSchema.parse({ code: '0020901', manufacturer: 'AAR AIRLIFT GROUP INC', model: 'UH-60A', numberOfEngines: 2 });
 * ```
 */
export const aircraftModelDataSchema = z.looseObject({
  code: nonEmptyString(),
  manufacturer: z.optional(z.string()),
  model: z.optional(z.string()),
  typeAircraft: z.optional(z.string()),
  typeEngine: z.optional(z.string()),
  aircraftCategory: z.optional(z.string()),
  builderCertification: z.optional(z.string()),
  numberOfEngines: z.optional(z.int().check(z.nonnegative())),
  numberOfSeats: z.optional(z.int().check(z.nonnegative())),
  /** `CLASS 1` … `CLASS 4`, as the FAA writes it. */
  weightClass: z.optional(z.string()),
  /** Average cruising speed in mph. */
  cruisingSpeed: z.optional(z.number()),
  tcDataSheet: z.optional(z.string()),
  tcDataHolder: z.optional(z.string()),
});
