import * as z from 'zod/mini';

import { isInstant } from './calendar';

const INSTANT_MESSAGE = 'must be an ISO-8601 date-time with a time zone, e.g. 2025-03-01T12:00:00.000Z';

/**
 * An instant in any ISO-8601 form with a zone, normalised to the `Date#toISOString` form the sort keys
 * use (the only form that compares correctly as a string).
 */
export const instantSchema = z.pipe(
  z.string().check(z.refine(isInstant, INSTANT_MESSAGE)),
  z.transform((value) => new Date(value).toISOString()),
);

/** A path segment: one or more characters (what it may contain is the key builder's call). */
export const segmentSchema = (what: string) => z.string(`${what} is required`).check(z.minLength(1, `${what} must not be empty`));

/** A PascalCase type name (entity types, detail-types). */
export const typeNameSchema = (what: string) =>
  z.string(`${what} is required`).check(z.regex(/^[A-Z][0-9A-Za-z]{0,127}$/, `${what} must be PascalCase, 1-128 letters and digits`));
