/**
 * A counting semaphore: at most `limit` holders at once, waiters served first come, first served.
 * `Infinity` never makes anyone wait.
 * @example
 * const slots = new WriteSlots(8);
 * await slots.run(() => send(batch)); // at most 8 sends in flight across every caller sharing `slots`
 */
export class WriteSlots {
  private held = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {
    if (!(limit >= 1)) throw new RangeError(`write slots must be at least 1, got ${limit}`);
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.held >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.held++;
    try {
      return await work();
    } finally {
      // The slot passes straight to the next waiter, so a newcomer cannot overtake it.
      const next = this.waiting.shift();
      if (next) next();
      else this.held--;
    }
  }
}
