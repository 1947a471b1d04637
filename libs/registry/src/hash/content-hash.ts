import { createHash } from 'node:crypto';

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const child = (value as Record<string, unknown>)[key];
      // JSON drops undefined properties anyway; skipping them here keeps `{a: undefined}` == `{}`.
      if (child !== undefined) sorted[key] = canonical(child);
    }
    return sorted;
  }
  return value;
}

/**
 * A stable fingerprint of a record: sha256 (hex) of its JSON with object keys sorted at every level.
 * Key order and undefined properties do not change it; array order does. Used for delta writes:
 * an unchanged hash means nothing to write.
 *
 * @example
 * ```ts
 * contentHash({ b: 1, a: [1, 2] }) === contentHash({ a: [1, 2], b: 1 }); // true
 * ```
 */
export function contentHash(record: unknown): string {
  return createHash('sha256').update(JSON.stringify(canonical(record))).digest('hex');
}
