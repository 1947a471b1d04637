import { BenchUsageError } from '../errors';
import { DEFAULT_OPTIONS } from './bench-options';
import { parseBenchArgs } from './parse-bench-args';

describe('parseBenchArgs', () => {
  it('runs every suite with the documented defaults when given nothing', () => {
    expect(parseBenchArgs([])).toEqual({ suites: ['ingestion', 'bridge', 'bundles'], json: false, help: false, ...DEFAULT_OPTIONS });
  });

  it('keeps the canonical suite order and drops repeats', () => {
    expect(parseBenchArgs(['bridge', 'ingestion', 'bridge']).suites).toEqual(['ingestion', 'bridge']);
    expect(parseBenchArgs(['bridge']).suites).toEqual(['bridge']);
  });

  it('reads every option, with underscores allowed in numbers', () => {
    const options = parseBenchArgs(['ingestion', '--json', '--rows', '25_000', '--rss-rows', '1000, 5000', '--runs', '3', '--concurrency', '8', '--changes', '12000', '--drain-timeout', '60', '--seed', 'x']);
    expect(options).toMatchObject({ suites: ['ingestion'], json: true, rows: 25_000, rssRows: [1000, 5000], runs: 3, concurrency: 8, changes: 12_000, drainTimeoutSeconds: 60, seed: 'x' });
  });

  it('refuses an unknown suite, naming it and the choices', () => {
    expect(() => parseBenchArgs(['ingest'])).toThrow(new BenchUsageError('unknown suite "ingest": choose from ingestion, bridge, bundles, chaos.'));
  });

  it('runs the chaos suite only when named, with its rate given in percent', () => {
    expect(parseBenchArgs(['chaos', '--chaos-rate', '25'])).toMatchObject({ suites: ['chaos'], chaosRate: 0.25 });
    expect(parseBenchArgs(['chaos']).chaosRate).toBe(0.1);
    expect(() => parseBenchArgs(['chaos', '--chaos-rate', '101'])).toThrow('--chaos-rate "101" must be a whole number from 0 to 100.');
  });

  it('refuses an unknown option', () => {
    expect(() => parseBenchArgs(['--rowz', '5'])).toThrow(BenchUsageError);
  });

  it.each([
    [['--rows', '0'], '--rows "0" must be a whole number from 1 to 915,399.'],
    [['--rows', '1e5'], '--rows "1e5" must be a whole number from 1 to 915,399.'],
    [['--concurrency', '65'], '--concurrency "65" must be a whole number from 1 to 64.'],
    [['--rss-rows', '1000,,2000'], '--rss-rows "" must be a whole number from 1 to 915,399.'],
    [['--seed', ' '], '--seed must not be empty.'],
  ])('refuses %j with a precise message', (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(message);
  });
});
