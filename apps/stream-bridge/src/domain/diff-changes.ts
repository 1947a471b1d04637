import { deepEqual } from './deep-equal';

export type Changes = Record<string, { old: unknown; new: unknown }>;

/**
 * The domain-visible differences between two versions of an entity: top-level fields whose values
 * differ, skipping the fields the domain does not see (timestamps, version, progress …).
 * An empty result means the write changed nothing the domain sees, and no event is emitted.
 */
export const diffChanges = (
  oldData: Readonly<Record<string, unknown>>,
  newData: Readonly<Record<string, unknown>>,
  ignored: ReadonlySet<string>,
): Changes => {
  const changes: Changes = {};
  for (const field of new Set([...Object.keys(oldData), ...Object.keys(newData)])) {
    if (ignored.has(field)) continue;
    const before = oldData[field];
    const after = newData[field];
    if (!deepEqual(before, after)) changes[field] = { old: before ?? null, new: after ?? null };
  }
  return changes;
};
