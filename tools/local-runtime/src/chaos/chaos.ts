import type { ChaosKind } from './chaos-kind';
import { CHAOS_KINDS } from './chaos-kind';
import { seededRandom } from './seeded-random';

/** Settings of a chaos run: every kind of fault at `rate`, drawn from `seed`. */
export interface ChaosOptions {
  /** Probability in [0, 1] of each fault at each place it can happen (0.1 = 10 %). */
  readonly rate: number;
  /** Seed of the draws (default `chaos`): the same seed draws the same faults in the same order. */
  readonly seed?: string;
}

/**
 * Decides, place by place, whether to inject a fault. Each kind draws from its own seeded sequence, so
 * a kind's decisions depend only on how often that kind was asked, not on how the others interleave.
 * Counts every injected fault for the run's report.
 *
 * @example
 * ```ts
 * const chaos = new Chaos({ rate: 0.1, seed: '42' });
 * if (chaos.inject('consumerThrottle')) throw throttled();
 * chaos.counts(); // { putEventsFailure: 0, consumerThrottle: 1, ... }
 * ```
 */
export class Chaos {
  readonly rate: number;
  readonly seed: string;
  private readonly draws: Record<ChaosKind, () => number>;
  private readonly injected: Record<ChaosKind, number>;

  constructor(options: ChaosOptions) {
    if (!Number.isFinite(options.rate) || options.rate < 0 || options.rate > 1) {
      throw new RangeError(`Chaos rate must be a number from 0 to 1, got ${options.rate}.`);
    }
    this.rate = options.rate;
    this.seed = options.seed ?? 'chaos';
    this.draws = Object.fromEntries(CHAOS_KINDS.map((kind) => [kind, seededRandom(`${this.seed}:${kind}`)])) as Record<ChaosKind, () => number>;
    this.injected = Object.fromEntries(CHAOS_KINDS.map((kind) => [kind, 0])) as Record<ChaosKind, number>;
  }

  /** True when a fault of this kind is to be injected here (and counts it). */
  inject(kind: ChaosKind): boolean {
    const hit = this.draws[kind]() < this.rate;
    if (hit) this.injected[kind] += 1;
    return hit;
  }

  /** A second draw from the kind's sequence, for choosing how a fault looks (e.g. which error code). */
  choose<T>(kind: ChaosKind, choices: readonly [T, ...T[]]): T {
    return choices[Math.floor(this.draws[kind]() * choices.length)] ?? choices[0];
  }

  /** Faults injected so far, by kind. */
  counts(): Readonly<Record<ChaosKind, number>> {
    return { ...this.injected };
  }

  /** One line for the start banner: what is injected, at which rate, from which seed. */
  describe(): string {
    return (
      `chaos: injecting at ${(this.rate * 100).toFixed(1)} % (seed "${this.seed}") PutEvents entry failures ` +
      '(InternalFailure/ThrottlingException), consumer throttles (messages back after their visibility timeout), ' +
      'duplicate deliveries to queues and redeliveries of deleted messages'
    );
  }
}
