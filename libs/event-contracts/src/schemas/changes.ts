import * as z from 'zod/mini';

/**
 * `detail.changes`: attribute name → its value before and after the write. An absent `old` means the attribute
 * did not exist before; an absent `new` means it was removed (JSON has no `undefined`).
 *
 * @example
 * ```ts
 * changesSchema.parse({ statusCode: { old: 'V', new: 'T' }, kitMfr: { new: 'VANS' } });
 * ```
 */
export const changesSchema = z.record(
  z.string().check(z.minLength(1)),
  z.object({ old: z.optional(z.unknown()), new: z.optional(z.unknown()) }),
);

/**
 * `changes` for detail-types that only exist because something changed: at least one field.
 *
 * @example
 * ```ts
 * nonEmptyChangesSchema.parse({}); // throws: a write that changed nothing emits no event
 * ```
 */
export const nonEmptyChangesSchema = changesSchema.check(
  z.refine((changes) => Object.keys(changes).length > 0, { message: 'must list at least one changed field' }),
);
