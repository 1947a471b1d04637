import { normalizeName } from '@aircraftops/tables';

import * as z from 'zod/mini';

/**
 * A name or name prefix searched in an index, normalized exactly as the key builder normalizes
 * indexed names (trimmed, inner spaces collapsed, upper case), so the check here and the key agree.
 * @example
 * z.strictObject({ manufacturer: nameQuery(200) });
 */
export const nameQuery = (maxLength: number) =>
  z
    .string()
    .check(
      z.overwrite(normalizeName),
      z.minLength(1, 'must have at least 1 character other than spaces'),
      z.maxLength(maxLength, `must be at most ${maxLength} characters`),
    );
