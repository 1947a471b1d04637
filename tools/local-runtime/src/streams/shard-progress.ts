/**
 * The records of one shard that were read but are not yet behind the checkpoint, in shard order. With
 * ParallelizationFactor > 1 batches finish out of order, so a record being finished with does not move the
 * checkpoint by itself: the checkpoint is the last record of the longest finished prefix, i.e. the highest
 * sequence number below which everything has been delivered, filtered out or discarded.
 * @example
 * const progress = new ShardProgress();
 * progress.add(['101', '102', '103']);
 * progress.finish(['102']);
 * progress.advance(); // undefined: 101 is not finished
 * progress.finish(['101']);
 * progress.advance(); // '102'
 */
export class ShardProgress {
  private pending: string[] = [];
  private head = 0;
  private readonly finished = new Set<string>();

  /** Records read and not yet behind the checkpoint. */
  get size(): number {
    return this.pending.length - this.head;
  }

  /** Appends records in the order they were read from the shard. */
  add(sequenceNumbers: readonly string[]): void {
    for (const sequenceNumber of sequenceNumbers) this.pending.push(sequenceNumber);
  }

  /** Marks records as finished with; they stay ahead of the checkpoint until every earlier record is too. */
  finish(sequenceNumbers: readonly string[]): void {
    for (const sequenceNumber of sequenceNumbers) this.finished.add(sequenceNumber);
  }

  /**
   * Drops the finished prefix and returns its last sequence number: the new checkpoint, or `undefined`
   * when the oldest pending record is still unfinished (the checkpoint does not move).
   */
  advance(): string | undefined {
    let last: string | undefined;
    while (this.head < this.pending.length) {
      const next = this.pending[this.head] as string;
      if (!this.finished.has(next)) break;
      this.finished.delete(next);
      last = next;
      this.head += 1;
    }
    // Compact now and then, so a long-running shard does not keep every sequence number it ever read.
    if (this.head > 1024 && this.head * 2 > this.pending.length) {
      this.pending = this.pending.slice(this.head);
      this.head = 0;
    }
    return last;
  }

  /** Forgets everything, e.g. before re-reading the shard from the last checkpoint. */
  clear(): void {
    this.pending = [];
    this.head = 0;
    this.finished.clear();
  }
}
