import type { JobJson } from './api-types';
import { formatJobDetails, formatJobsTable, formatRowErrors } from './format-jobs';

const job: JobJson = {
  jobId: 'job-1',
  status: 'COMPLETED_WITH_ERRORS',
  dataset: { files: [{ kind: 'MASTER', name: 'MASTER.txt', key: 'uploads/x-MASTER.txt', bytes: 123_456 }] },
  counts: { read: 1234, written: 1200, unchanged: 30, rejected: 4, duplicates: 0, skipped: 0 },
  startedBy: { type: 'user', id: 'alice' },
  createdAt: '2025-06-01T00:00:00.000Z',
  startedAt: '2025-06-01T00:00:01.000Z',
  finishedAt: '2025-06-01T00:00:03.500Z',
  percent: 100,
};

describe('formatJobsTable', () => {
  it('shows one row per job with grouped counts and the next-page hint', () => {
    const text = formatJobsTable({ items: [job], nextToken: 'abc' });

    expect(text).toMatch(/job-1\s*│\s*COMPLETED_WITH_ERRORS\s*│\s*2025-06-01T00:00:00.000Z\s*│\s*alice\s*│\s*MASTER\s*│\s*1,234\s*│\s*1,200\s*│\s*4\s*│\s*100%/);
    expect(text.endsWith('More: --next-token abc\n')).toBe(true);
  });

  it('says so when there are no jobs', () => {
    expect(formatJobsTable({ items: [] })).toBe('No jobs.\n');
  });
});

describe('formatJobDetails', () => {
  it('lists status, actor, duration, files and counts; omits what the job does not have', () => {
    const text = formatJobDetails(job);

    expect(text).toContain('Status:     COMPLETED_WITH_ERRORS\n');
    expect(text).toContain('Started by: alice (user)\n');
    expect(text).toContain('Duration:   2.5 s\n');
    expect(text).toMatch(/MASTER\s*│\s*MASTER.txt\s*│\s*uploads\/x-MASTER.txt\s*│\s*123,456/);
    expect(text).toMatch(/rejected\s*│\s*4/);
    expect(text).not.toContain('Failure:');
  });
});

describe('formatRowErrors', () => {
  it('shows each error with its line and field, shortening long reasons', () => {
    const text = formatRowErrors(
      [{ fileIndex: 0, file: 'MASTER.txt', line: 17, field: 'YEAR MFR', reason: 'x'.repeat(80), excerpt: '19X7' }],
      { more: '3 more: aircraftops jobs errors job-1' },
    );

    expect(text).toMatch(/MASTER.txt\s*│\s*17\s*│\s*YEAR MFR\s*│\s*x{59}…\s*│\s*19X7/);
    expect(text.endsWith('3 more: aircraftops jobs errors job-1\n')).toBe(true);
    expect(formatRowErrors([])).toBe('No row errors.\n');
  });
});
