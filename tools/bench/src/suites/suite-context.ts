import type { CleanupStack } from '../support';

/** What the entry point hands every suite. */
export interface SuiteContext {
  /** Everything a suite starts goes here; the entry point runs it at the end and on Ctrl-C. */
  readonly cleanups: CleanupStack;
  /** Progress lines (stderr), so stdout carries only the report. */
  readonly progress: (line: string) => void;
}
