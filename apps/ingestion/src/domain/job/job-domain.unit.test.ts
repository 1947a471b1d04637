import { assertCountsInvariant, canTransition, computeProgress, CountsInvariantError, DuplicateTracker, emptyCounts, statusesLeadingTo } from './index';

describe('job status machine', () => {
  it('allows the runner’s path and resume, and nothing out of a finished job', () => {
    expect(canTransition('QUEUED', 'RUNNING')).toBe(true);
    expect(canTransition('RUNNING', 'COMPLETED_WITH_ERRORS')).toBe(true);
    expect(canTransition('FAILED', 'QUEUED')).toBe(true);
    expect(canTransition('RUNNING', 'QUEUED')).toBe(true);
    expect(canTransition('COMPLETED', 'RUNNING')).toBe(false);
    expect(canTransition('CANCELLED', 'QUEUED')).toBe(false);
    expect(statusesLeadingTo('QUEUED').sort()).toEqual(['FAILED', 'RUNNING']);
  });
});

describe('counts invariant', () => {
  it('accepts counts where every read line is in one bucket and names the gap otherwise', () => {
    expect(() => assertCountsInvariant({ read: 5, written: 2, unchanged: 1, rejected: 1, duplicates: 0, skipped: 1 })).not.toThrow();
    expect(() => assertCountsInvariant({ ...emptyCounts(), read: 3, written: 2 })).toThrow(CountsInvariantError);
    expect(() => assertCountsInvariant({ ...emptyCounts(), read: 3, written: 2 })).toThrow('read 3 ≠ 2');
  });
});

describe('computeProgress', () => {
  it('derives percent and ETA from bytes and throughput from rows', () => {
    expect(computeProgress({ rowsRead: 500, bytesRead: 250, bytesTotal: 1000, elapsedMs: 1000 })).toEqual({
      rowsRead: 500,
      bytesRead: 250,
      bytesTotal: 1000,
      rowsPerSecond: 500,
      percent: 25,
      etaSeconds: 3,
    });
  });

  it('gives no percent or ETA when the size is unknown', () => {
    const progress = computeProgress({ rowsRead: 10, bytesRead: 100, elapsedMs: 2000 });
    expect(progress).toEqual({ rowsRead: 10, bytesRead: 100, rowsPerSecond: 5 });
  });
});

describe('DuplicateTracker', () => {
  const hashA = 'a'.repeat(64);
  const hashB = 'a'.repeat(15) + 'b'.repeat(49);

  it('classifies a repeated key as duplicate when identical and as conflict otherwise, citing the first line', () => {
    const seen = new DuplicateTracker();
    expect(seen.see('511CR', hashA, 2)).toEqual({ kind: 'first' });
    expect(seen.see('511CR', hashA, 9)).toEqual({ kind: 'duplicate', firstLine: 2 });
    expect(seen.see('511CR', hashB, 12)).toEqual({ kind: 'conflict', firstLine: 2 });
  });

  it('keeps every key past its initial capacity', () => {
    const seen = new DuplicateTracker();
    for (let line = 0; line < 5000; line++) seen.see(`K${line}`, hashA, line);
    expect(seen.size).toBe(5000);
    expect(seen.see('K4999', hashA, 1)).toEqual({ kind: 'duplicate', firstLine: 4999 });
  });
});
