import { CountsInvariantError } from './errors';

/** Row counters of a job or of one of its files. */
export interface JobCounts {
  read: number;
  written: number;
  unchanged: number;
  rejected: number;
  duplicates: number;
  skipped: number;
}

/** @example const counts = emptyCounts(); counts.read++; */
export const emptyCounts = (): JobCounts => ({ read: 0, written: 0, unchanged: 0, rejected: 0, duplicates: 0, skipped: 0 });

/** @example addCounts(emptyCounts(), { ...emptyCounts(), read: 3, written: 3 }).written; // 3 */
export const addCounts = (a: JobCounts, b: JobCounts): JobCounts => ({
  read: a.read + b.read,
  written: a.written + b.written,
  unchanged: a.unchanged + b.unchanged,
  rejected: a.rejected + b.rejected,
  duplicates: a.duplicates + b.duplicates,
  skipped: a.skipped + b.skipped,
});

/**
 * Every read line ends in exactly one bucket. A mismatch means a row was lost or counted twice: the
 * job must not report success then.
 * @throws CountsInvariantError
 * @example
 * assertCountsInvariant({ read: 3, written: 1, unchanged: 1, rejected: 0, duplicates: 0, skipped: 1 });
 */
export const assertCountsInvariant = (counts: JobCounts, label = 'job'): void => {
  const { read, written, unchanged, rejected, duplicates, skipped } = counts;
  const sum = written + unchanged + rejected + duplicates + skipped;
  if (read !== sum) {
    throw new CountsInvariantError(
      `${label}: read ${read} ≠ ${sum} = written ${written} + unchanged ${unchanged} + rejected ${rejected} + duplicates ${duplicates} + skipped ${skipped}`,
    );
  }
};
