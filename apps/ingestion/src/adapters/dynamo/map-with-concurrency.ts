/**
 * `Promise.all` over `items` with at most `limit` calls in flight; results in input order. The first
 * failure rejects (calls already started still finish in the background, their results ignored).
 * @example
 * await mapWithConcurrency(batches, 4, (batch) => send(batch));
 */
export const mapWithConcurrency = async <T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> => {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
};
