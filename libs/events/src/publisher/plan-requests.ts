import { MAX_ENTRIES_PER_REQUEST, MAX_REQUEST_BYTES } from './limits';

/** One step of a publish run, in input order: a PutEvents request, or an entry that can never be sent. */
export type PublishStep =
  | { readonly kind: 'request'; readonly indices: readonly number[]; readonly bytes: number }
  | { readonly kind: 'tooLarge'; readonly index: number; readonly bytes: number };

/**
 * Splits entries (given by their sizes, in input order) into PutEvents requests of at most
 * `maxEntries` entries and `maxBytes` bytes, greedily and without reordering: per-entity order survives
 * because requests are then sent one after the other. An entry bigger than `maxBytes` on its own becomes a
 * `tooLarge` step at its position, closing the request before it.
 *
 * @example
 * ```ts
 * planRequests([100, 200, 300_000]);
 * // [{ kind: 'request', indices: [0, 1], bytes: 300 }, { kind: 'tooLarge', index: 2, bytes: 300000 }]
 * ```
 */
export function planRequests(
  sizes: readonly number[],
  maxEntries: number = MAX_ENTRIES_PER_REQUEST,
  maxBytes: number = MAX_REQUEST_BYTES,
): PublishStep[] {
  const steps: PublishStep[] = [];
  let indices: number[] = [];
  let bytes = 0;
  const close = () => {
    if (indices.length > 0) steps.push({ kind: 'request', indices, bytes });
    indices = [];
    bytes = 0;
  };

  sizes.forEach((size, index) => {
    if (size > maxBytes) {
      close();
      steps.push({ kind: 'tooLarge', index, bytes: size });
      return;
    }
    if (indices.length === maxEntries || bytes + size > maxBytes) close();
    indices.push(index);
    bytes += size;
  });
  close();
  return steps;
}
