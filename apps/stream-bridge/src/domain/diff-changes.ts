import { deepEqual } from './deep-equal';

/** `detail.changes`: field → old and new value; an absent side means the field did not exist on that side. */
export type Changes = Record<string, { old?: unknown; new?: unknown }>;

/**
 * The differences between two domain views of an entity: top-level fields whose values differ. The views
 * already leave out what the domain does not see (see `domainView`), and `ignored` drops more (progress).
 * An empty result means the write changed nothing the domain sees, and no event is emitted.
 *
 * @example
 * ```ts
 * diffChanges({ statusCode: 'V', kitMfr: 'VANS' }, { statusCode: 'T' }); // { statusCode: { old: 'V', new: 'T' }, kitMfr: { old: 'VANS' } }
 * ```
 */
export const diffChanges = (
  oldData: Readonly<Record<string, unknown>>,
  newData: Readonly<Record<string, unknown>>,
  ignored: ReadonlySet<string> = new Set(),
): Changes => {
  const changes: Changes = {};
  for (const field of new Set([...Object.keys(oldData), ...Object.keys(newData)])) {
    if (ignored.has(field)) continue;
    const before = oldData[field];
    const after = newData[field];
    if (deepEqual(before, after)) continue;
    // The contract reads an absent side as "did not exist": never write `null` for it, which is a value.
    changes[field] = { ...(before === undefined ? {} : { old: before }), ...(after === undefined ? {} : { new: after }) };
  }
  return changes;
};
