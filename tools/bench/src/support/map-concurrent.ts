/**
 * Pulls items from `source` and runs `work` on at most `concurrency` of them at a time; resolves when
 * all are done, rejects with the first failure (work already started is awaited first, so nothing
 * keeps running after the promise settles). Memory is bounded by `concurrency`, not by the source.
 *
 * @example
 * ```ts
 * await mapConcurrent(batchesOf25(rows), 4, (batch) => documentClient.send(new BatchWriteCommand(...)));
 * ```
 */
export const mapConcurrent = async <T>(
  source: AsyncIterable<T> | Iterable<T>,
  concurrency: number,
  work: (item: T) => Promise<unknown>,
): Promise<void> => {
  const iterator = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
  let failure: { error: unknown } | undefined;
  // Pulling is serialised: async generators do not allow concurrent next() calls to interleave anyway.
  let pulling: Promise<unknown> = Promise.resolve();
  const next = (): Promise<IteratorResult<T>> => {
    const result = pulling.then(() => iterator.next());
    pulling = result.catch(() => undefined);
    return result;
  };
  const worker = async (): Promise<void> => {
    while (!failure) {
      const item = await next();
      if (item.done) return;
      try {
        await work(item.value);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  const workers = Array.from({ length: concurrency }, () => worker().catch((error: unknown) => void (failure ??= { error })));
  await Promise.all(workers);
  if (failure) {
    await iterator.return?.();
    throw failure.error;
  }
};
