import type { BenchReport, Figure } from './bench-report';
import { checkTarget, describeTarget, formatNumber } from './check-target';
import { renderReport } from './render-report';

const figure = (value: number | undefined, target?: Figure['target']): Figure => ({ key: 'k', label: 'l', unit: 'MB', value, ...(target ? { target } : {}) });

describe('checkTarget', () => {
  it('judges "at least" and "below" targets, the limit itself included only for "at least"', () => {
    expect(checkTarget(figure(0.9, { comparison: 'atLeast', limit: 0.9 }))).toBe('met');
    expect(checkTarget(figure(0.89, { comparison: 'atLeast', limit: 0.9 }))).toBe('missed');
    expect(checkTarget(figure(299, { comparison: 'below', limit: 300 }))).toBe('met');
    expect(checkTarget(figure(300, { comparison: 'below', limit: 300 }))).toBe('missed');
  });

  it('has no verdict without a target or a value', () => {
    expect(checkTarget(figure(1))).toBe('n/a');
    expect(checkTarget(figure(undefined, { comparison: 'below', limit: 1 }))).toBe('n/a');
  });
});

describe('formatNumber', () => {
  it('uses thousands separators and fewer decimals for larger numbers', () => {
    expect(formatNumber(3612.4)).toBe('3,612');
    expect(formatNumber(42.25)).toBe('42.3');
    expect(formatNumber(0.9312)).toBe('0.93');
  });

  it('shows a dash for an unmeasured value', () => {
    expect(formatNumber(undefined)).toBe('—');
    expect(formatNumber(Number.NaN)).toBe('—');
  });

  it('describes targets as people read them', () => {
    expect(describeTarget({ comparison: 'below', limit: 300 }, 'MB')).toBe('< 300 MB');
    expect(describeTarget({ comparison: 'atLeast', limit: 0.9 }, '×')).toBe('≥ 0.90 ×');
    expect(describeTarget(undefined, 'MB')).toBe('');
  });
});

describe('renderReport', () => {
  const report: BenchReport = {
    startedAt: '2026-01-01T00:00:00.000Z',
    command: 'npm run bench -- ingestion',
    machine: { cores: 2, cpuModel: 'CPU', totalMemoryMb: 4096, platform: 'linux', nodeVersion: 'v20.19.0', javaVersion: '17.0.15' },
    suites: [
      {
        suite: 'ingestion',
        title: 'MASTER → CoreTable',
        parameters: { rows: 100_000, concurrency: 4 },
        figures: [
          { key: 'ratio', label: 'ingester / raw loop', value: 0.85, unit: '×', target: { comparison: 'atLeast', limit: 0.9 } },
          { key: 'rss', label: 'peak RSS', value: 120, unit: 'MB', target: { comparison: 'below', limit: 300 }, detail: 'child maxRSS' },
        ],
        notes: ['ingester not measured'],
        durationMs: 1500,
      },
    ],
  };

  it('prints the machine, the exact parameters, each figure with its verdict, and the notes', () => {
    const text = renderReport(report);
    expect(text).toContain('machine: 2 cores (CPU), 4,096 MB RAM, linux');
    expect(text).toContain('runtime: node v20.19.0, java 17.0.15');
    expect(text).toContain('parameters: rows=100000  concurrency=4');
    expect(text).toMatch(/ingester \/ raw loop\s*│\s*0\.85 │ ×\s*│ ≥ 0\.90 ×\s*│ MISSED/);
    expect(text).toMatch(/peak RSS\s*│\s*120 │ MB\s*│ < 300 MB\s*│ ok/);
    expect(text).toContain('child maxRSS');
    expect(text).toContain('note: ingester not measured');
  });

  it('states a suite failure', () => {
    const failed = { ...report, suites: [{ ...report.suites[0]!, error: 'JVM died' }] };
    expect(renderReport(failed)).toContain('FAILED: JVM died');
  });
});
