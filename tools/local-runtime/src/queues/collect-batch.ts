import type { LocalQueue } from './local-queue';
import type { ReceivedMessage } from './stored-message';

/** Lambda's synchronous invocation payload limit: a batch never grows past it. */
export const MAX_BATCH_BYTES = 6 * 1024 * 1024;

/** How a batch is gathered: its size, window and a wait for more messages. */
export interface CollectBatchOptions {
  readonly batchSize: number;
  readonly windowMs: number;
  readonly now: () => number;
  /** Resolves when a message may have become visible, or at `until`, or at stop. */
  readonly waitUntil: (until: number) => Promise<void>;
  readonly running: () => boolean;
}

/**
 * Receives one batch as the SQS event source does: up to `batchSize` messages; with a batching window,
 * it keeps receiving until the batch is full, the window (from the first message) has passed, or the
 * payload reaches 6 MB. Without a window it invokes with whatever one receive returned.
 *
 * @example
 * ```ts
 * const batch = await collectBatch(queue, { batchSize: 100, windowMs: 2_000, now: Date.now, waitUntil, running });
 * ```
 */
export async function collectBatch(queue: LocalQueue, options: CollectBatchOptions): Promise<ReceivedMessage[]> {
  const batch = queue.receive(options.batchSize);
  if (batch.length === 0 || options.windowMs <= 0) return batch;
  const deadline = options.now() + options.windowMs;
  let bytes = batch.reduce((sum, { message }) => sum + Buffer.byteLength(message.body), 0);
  while (batch.length < options.batchSize && bytes < MAX_BATCH_BYTES && options.running() && options.now() < deadline) {
    const more = queue.receive(options.batchSize - batch.length);
    if (more.length === 0) {
      await options.waitUntil(deadline);
      continue;
    }
    for (const received of more) {
      bytes += Buffer.byteLength(received.message.body);
      batch.push(received);
    }
  }
  return batch;
}
