import type { MachineFacts } from '../machine';

/** A budget a figure is held to (architecture.md "Budgets"). */
export interface Target {
  /** `atLeast`: value ≥ limit; `below`: value < limit. */
  readonly comparison: 'atLeast' | 'below';
  readonly limit: number;
}

/** One measured number. `value` is undefined when it could not be measured (see the suite's notes). */
export interface Figure {
  /** Stable machine name for `--json` consumers, e.g. `ingester.rowsPerSecond`. */
  readonly key: string;
  readonly label: string;
  readonly value: number | undefined;
  readonly unit: string;
  readonly target?: Target;
  /** How it was obtained (runs, median, which process...). */
  readonly detail?: string;
}

/** What one suite measured, with the exact parameters it ran with. */
export interface SuiteReport {
  readonly suite: string;
  readonly title: string;
  readonly parameters: Readonly<Record<string, string | number | boolean>>;
  readonly figures: readonly Figure[];
  /** Fairness notes, missing parts, warnings. */
  readonly notes: readonly string[];
  readonly durationMs: number;
  /** Set when the suite failed; its figures are then whatever was measured before the failure. */
  readonly error?: string;
}

/** The whole run: what `--json` prints. */
export interface BenchReport {
  readonly startedAt: string;
  readonly command: string;
  readonly machine: MachineFacts;
  readonly suites: readonly SuiteReport[];
}
