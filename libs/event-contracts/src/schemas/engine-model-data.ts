import * as z from 'zod/mini';

import { nonEmptyString } from './non-empty-string';

/**
 * `detail.data` of EngineModel events: one FAA ENGINE row (reference data), identified by its 5-character
 * `code` (the aircraft's `engMfrMdl`).
 *
 * @example
 * ```ts
 * engineModelDataSchema.parse({ code: '52207', manufacturer: 'P&W CANADA', model: 'PT6A-67A', horsepower: 1200 });
 * ```
 */
export const engineModelDataSchema = z.looseObject({
  code: nonEmptyString(),
  manufacturer: z.optional(z.string()),
  model: z.optional(z.string()),
  type: z.optional(z.string()),
  horsepower: z.optional(z.int().check(z.nonnegative())),
  thrust: z.optional(z.int().check(z.nonnegative())),
});
