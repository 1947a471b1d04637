import * as z from 'zod/mini';

import { nonEmptyString } from './non-empty-string';

/**
 * `detail.data` of AircraftImage events: image metadata (the bytes live in object storage).
 *
 * @example
 * ```ts
 * aircraftImageDataSchema.parse({ nNumber: '511CR', imageId: 'img-1', contentType: 'image/jpeg', byteSize: 52311 });
 * ```
 */
export const aircraftImageDataSchema = z.looseObject({
  nNumber: nonEmptyString(),
  imageId: nonEmptyString(),
  /** Object-storage key of the bytes. */
  objectKey: z.optional(z.string()),
  contentType: z.optional(z.string()),
  byteSize: z.optional(z.int().check(z.nonnegative())),
  width: z.optional(z.int().check(z.nonnegative())),
  height: z.optional(z.int().check(z.nonnegative())),
  caption: z.optional(z.string()),
  takenAt: z.optional(z.iso.datetime({ offset: true })),
});
