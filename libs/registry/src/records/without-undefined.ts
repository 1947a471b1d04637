/**
 * Drops keys whose value is undefined so records compare, store and hash by what they contain
 * (`{ a: undefined }` and `{}` are the same record).
 *
 * @example
 * ```ts
 * withoutUndefined({ a: 1, b: undefined }); // { a: 1 }
 * ```
 */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
