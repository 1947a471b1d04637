/**
 * A one-waiter alarm: `wait(ms)` resolves after `ms`, on abort, or as soon as `notify()` is called. A
 * notification that arrives while nobody waits is kept, so the next `wait` returns at once and a wake-up
 * that races with going to sleep is never lost.
 * @example
 * const wakeup = new Wakeup(signal);
 * void work().finally(() => wakeup.notify());
 * await wakeup.wait(250); // after 250 ms, or earlier when the work finishes
 */
export class Wakeup {
  private pending = false;
  private release: (() => void) | undefined;

  constructor(private readonly signal: AbortSignal) {}

  notify(): void {
    if (this.release) this.release();
    else this.pending = true;
  }

  /** `ms` may be `Infinity`: then only `notify()` or the abort ends the wait. */
  wait(ms: number): Promise<void> {
    if (this.pending || this.signal.aborted) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const done = (): void => {
        if (timer) clearTimeout(timer);
        this.signal.removeEventListener('abort', done);
        this.release = undefined;
        resolve();
      };
      if (Number.isFinite(ms)) timer = setTimeout(done, Math.max(0, ms));
      this.signal.addEventListener('abort', done, { once: true });
      this.release = done;
    });
  }
}
