/** Limits of {@link waitForDelivery}. */
export interface WaitLimits {
  /** Epoch ms after which waiting stops. */
  readonly deadline: number;
  /** Stop when neither map has grown for this long (the bridge is stuck or absent). */
  readonly stallMs: number;
  readonly pollMs?: number;
}

/**
 * Waits until every id in `written` has arrived in `delivered`, or a limit is hit.
 * @returns why waiting stopped early, or undefined when everything arrived.
 * @example
 * ```ts
 * const stopped = await waitForDelivery(writtenAt, acceptedAt, deliveredAt, { deadline: Date.now() + 60_000, stallMs: 30_000 });
 * if (stopped) notes.push(stopped);
 * ```
 */
export const waitForDelivery = async (
  written: ReadonlyMap<string, number>,
  accepted: ReadonlyMap<string, number>,
  delivered: ReadonlyMap<string, number>,
  limits: WaitLimits,
): Promise<string | undefined> => {
  let lastCount = -1;
  let lastProgressAt = Date.now();
  const remaining = (): number => [...written.keys()].filter((id) => !delivered.has(id)).length;
  // Counting what is missing is O(n): only done when the totals say everything may be there.
  while (delivered.size < written.size || remaining() > 0) {
    const now = Date.now();
    const count = accepted.size + delivered.size;
    if (count !== lastCount) {
      lastCount = count;
      lastProgressAt = now;
    }
    if (now >= limits.deadline) return `stopped waiting at the deadline with ${remaining()} event(s) not delivered`;
    if (now - lastProgressAt >= limits.stallMs) return `stopped waiting: nothing accepted or delivered for ${limits.stallMs / 1000} s`;
    await new Promise((resolve) => setTimeout(resolve, limits.pollMs ?? 100));
  }
  return undefined;
};
