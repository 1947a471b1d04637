import { REGION_CODES, STATUS_CODES } from '@aircraftops/registry';

import type { RegistrantField } from '../domain';
import * as z from 'zod/mini';

const EDITABLE = ['statusCode', 'registrant', 'otherNames'] as const;

/** A registrant field: a trimmed non-blank string of at most the FAA MASTER column width, or null to clear it. */
const text = (width: number) =>
  z.optional(
    z.nullable(z.string().check(z.trim(), z.minLength(1, 'must not be blank (send null to clear it)'), z.maxLength(width, `must be at most ${width} characters`))),
  );

const registrant = z.strictObject({
  name: text(50),
  street: text(33),
  street2: text(33),
  city: text(18),
  state: text(2),
  zipCode: text(10),
  region: z.optional(z.nullable(z.enum(REGION_CODES))),
  county: text(3),
  country: text(2),
} satisfies Record<RegistrantField, unknown>);

/**
 * The body of `PATCH /aircraft/{nNumber}`: the version the caller read and at least one editable
 * field (`statusCode`, `registrant` fields, `otherNames`); FAA widths and code tables apply.
 * @example
 * { "expectedVersion": 3, "statusCode": "V", "registrant": { "city": "TOPEKA", "street2": null } }
 */
export const aircraftPatchBody = z
  .strictObject({
    expectedVersion: z.int().check(z.gte(1, 'must be a version number (1 or more)')),
    statusCode: z.optional(z.enum(STATUS_CODES)),
    registrant: z.optional(registrant),
    otherNames: z.optional(
      z
        .array(z.string().check(z.trim(), z.minLength(1, 'must not be blank'), z.maxLength(50, 'must be at most 50 characters')))
        .check(z.maxLength(5, 'must have at most 5 names')),
    ),
  })
  .check(
    z.refine((body) => EDITABLE.some((name) => body[name] !== undefined), {
      message: `give at least one of ${EDITABLE.join(', ')} besides expectedVersion`,
    }),
  );
