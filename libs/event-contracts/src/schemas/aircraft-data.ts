import * as z from 'zod/mini';

import { nonEmptyString } from './non-empty-string';

/**
 * The registrant block of an aircraft (FAA MASTER columns NAME … COUNTRY). Every field is optional: the FAA file
 * has rows whose whole registrant block is blank.
 *
 * @example
 * ```ts
 * registrantSchema.parse({ name: 'FWA LLC', city: 'LAS VEGAS', state: 'NV', zipCode: '891481304', country: 'US' });
 * ```
 */
export const registrantSchema = z.looseObject({
  name: z.optional(z.string()),
  street: z.optional(z.string()),
  street2: z.optional(z.string()),
  city: z.optional(z.string()),
  state: z.optional(z.string()),
  /** A string: leading zeros, 9 digits without hyphen, or foreign codes. */
  zipCode: z.optional(z.string()),
  region: z.optional(z.string()),
  county: z.optional(z.string()),
  country: z.optional(z.string()),
});

/**
 * `detail.data` of Aircraft events: the aircraft as the domain sees it (no table keys). Loose: fields added
 * later pass through to consumers, which is what keeps contract evolution additive. Dates are ISO calendar
 * dates (`YYYY-MM-DD`), not the FAA's `YYYYMMDD`.
 *
 * @example
 * ```ts
 * aircraftDataSchema.parse({ nNumber: '511CR', mfrMdlCode: '3390119', yearMfr: 2023, modeSCodeHex: 'A66568' });
 * ```
 */
export const aircraftDataSchema = z.looseObject({
  /** Without the "N" prefix, as in the FAA file (`511CR`). */
  nNumber: nonEmptyString(),
  serialNumber: z.optional(z.string()),
  mfrMdlCode: z.optional(z.string()),
  engMfrMdl: z.optional(z.string()),
  yearMfr: z.optional(z.int()),
  typeRegistrant: z.optional(z.string()),
  registrant: z.optional(registrantSchema),
  lastActionDate: z.optional(z.iso.date()),
  certIssueDate: z.optional(z.iso.date()),
  airworthinessDate: z.optional(z.iso.date()),
  expirationDate: z.optional(z.iso.date()),
  certification: z.optional(z.string()),
  typeAircraft: z.optional(z.string()),
  typeEngine: z.optional(z.string()),
  statusCode: z.optional(z.string()),
  /** Octal, 8 digits. */
  modeSCode: z.optional(z.string()),
  /** The ICAO 24-bit address in hex. */
  modeSCodeHex: z.optional(z.string()),
  fractOwner: z.optional(z.boolean()),
  otherNames: z.optional(z.array(z.string())),
  uniqueId: z.optional(z.string()),
  kitMfr: z.optional(z.string()),
  kitModel: z.optional(z.string()),
});
