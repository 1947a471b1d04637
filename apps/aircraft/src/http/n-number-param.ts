import { parseNNumber } from '../domain';
import * as z from 'zod/mini';

/**
 * An N-number path parameter: `N12345` or `12345`, checked with the FAA rules; outputs it as stored
 * (no `N`, upper case). A bad one is a 400 naming `path.nNumber` and the rule it breaks.
 * @example
 * httpHandler({ role: 'viewer', path: z.object({ nNumber: nNumberParam }) }, ({ path }) => path.nNumber);
 */
export const nNumberParam = z.pipe(
  z.string(),
  z.transform((value: string, context) => {
    const parsed = parseNNumber(value);
    if (parsed.problem === undefined) return parsed.nNumber;
    context.issues.push({ code: 'custom', message: parsed.problem, input: value });
    return z.NEVER;
  }),
);
