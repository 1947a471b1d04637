import * as z from 'zod/mini';

import { nonEmptyString } from './non-empty-string';

/**
 * `detail.data` of DeregistrationAdded: one record of an aircraft's deregistration history (FAA DEREG row).
 *
 * @example
 * ```ts
 * deregistrationDataSchema.parse({ nNumber: '511CR', cancelDate: '2019-04-02', serialNumber: '172-80123' });
 * ```
 */
export const deregistrationDataSchema = z.looseObject({
  nNumber: nonEmptyString(),
  /** With `nNumber` and `serialNumber`, identifies the record (an N-number is reassigned over the years). */
  cancelDate: z.iso.date(),
  serialNumber: nonEmptyString(),
  mfrMdlCode: z.optional(z.string()),
  engMfrMdl: z.optional(z.string()),
  yearMfr: z.optional(z.int()),
  statusCode: z.optional(z.string()),
  name: z.optional(z.string()),
  exportCountry: z.optional(z.string()),
  modeSCodeHex: z.optional(z.string()),
});
