import { IMAGE_CONTENT_TYPES } from '../domain';
import * as z from 'zod/mini';

/** Largest image the platform stores metadata for (bytes): far above any photo, below abuse. */
export const MAX_IMAGE_BYTES = 50 * 1024 * 1024;

const pixels = z.optional(z.int().check(z.gte(1, 'must be at least 1'), z.lte(100_000, 'must be at most 100000')));

/**
 * The body of `POST /aircraft/{nNumber}/images`: the metadata of an image whose bytes are already in
 * object storage. `takenAt` may carry any UTC offset; it is stored as a UTC instant.
 * @example
 * httpHandler({ role: 'operator', body: imageBody }, ({ body }) => body.contentType);
 */
export const imageBody = z.strictObject({
  objectKey: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(1024, 'must be at most 1024 characters')),
  contentType: z.enum(IMAGE_CONTENT_TYPES),
  byteSize: z.int().check(z.gte(1, 'must be at least 1'), z.lte(MAX_IMAGE_BYTES, `must be at most ${MAX_IMAGE_BYTES}`)),
  width: pixels,
  height: pixels,
  caption: z.optional(z.string().check(z.trim(), z.minLength(1, 'must not be blank'), z.maxLength(500, 'must be at most 500 characters'))),
  takenAt: z.optional(
    z.pipe(
      z.iso.datetime({ offset: true, error: 'must be an ISO-8601 date-time, e.g. 2024-06-01T14:30:00Z' }),
      z.transform((value: string) => new Date(value).toISOString()),
    ),
  ),
});
