/**
 * `npm run conformance`: runs the EventBridge event-pattern test vectors kept outside the repository
 * (`<workspace>/../shared/conformance/eventbridge-patterns.json`, or `$AIRCRAFTOPS_SHARED_DIR`) through
 * the local matcher and prints a summary by authority plus every failure.
 * Exit code: 0 when all pass or the vectors are absent (a plain clone has none), 1 on any failure.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { compileEventPattern, InvalidEventPatternError } from '@aircraftops/events';

interface ConformanceCase {
  readonly id: string;
  readonly authority: string;
  readonly pattern: unknown;
  readonly event?: Record<string, unknown>;
  readonly matches?: boolean;
  readonly invalid?: boolean;
  readonly aws_error?: { readonly code: string; readonly message: string };
}

interface Tally {
  passed: number;
  failed: number;
}

function workspaceRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'nx.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

function run(testCase: ConformanceCase): { outcome: string; reason?: string } {
  try {
    const matcher = compileEventPattern(testCase.pattern as Record<string, unknown>);
    return { outcome: matcher.matches(testCase.event ?? {}) ? 'match' : 'no match' };
  } catch (error) {
    if (InvalidEventPatternError.is(error)) return { outcome: 'invalid', reason: error.reason };
    return { outcome: 'error', reason: error instanceof Error ? error.message : String(error) };
  }
}

function main(): number {
  const sharedDir = process.env['AIRCRAFTOPS_SHARED_DIR'] ?? path.join(workspaceRoot(), '..', 'shared');
  const file = path.join(sharedDir, 'conformance', 'eventbridge-patterns.json');
  if (!existsSync(file)) {
    console.log(`skipped: ${file} not found (set AIRCRAFTOPS_SHARED_DIR to the folder holding conformance/)`);
    return 0;
  }

  const cases = JSON.parse(readFileSync(file, 'utf8')) as ConformanceCase[];
  const byAuthority = new Map<string, Tally>();
  const failures: string[] = [];
  let awsMessages = 0;
  let awsMessagesEqual = 0;

  for (const testCase of cases) {
    const expected = testCase.invalid ? 'invalid' : testCase.matches ? 'match' : 'no match';
    const { outcome, reason } = run(testCase);
    const tally = byAuthority.get(testCase.authority) ?? { passed: 0, failed: 0 };
    byAuthority.set(testCase.authority, tally);
    if (outcome === expected) {
      tally.passed++;
    } else {
      tally.failed++;
      failures.push(`  ${testCase.id}: expected ${expected}, got ${outcome}${reason ? ` (${reason})` : ''}`);
    }
    if (testCase.aws_error && reason !== undefined) {
      awsMessages++;
      if (testCase.aws_error.message === `Event pattern is not valid. Reason: ${reason}`) awsMessagesEqual++;
    }
  }

  console.log(`EventBridge pattern conformance (${file})`);
  let passed = 0;
  for (const [authority, tally] of [...byAuthority].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`  ${authority.padEnd(18)} ${tally.passed}/${tally.passed + tally.failed} passed, ${tally.failed} failed`);
    passed += tally.passed;
  }
  console.log(`  ${'total'.padEnd(18)} ${passed}/${cases.length} passed, ${cases.length - passed} failed`);
  console.log(`  rejection reasons identical to AWS's: ${awsMessagesEqual}/${awsMessages}`);
  console.log(`  compiled matching: ${throughput().toLocaleString('en-US')} simple matches/s`);
  if (failures.length > 0) {
    console.log('failures:');
    failures.forEach((line) => console.log(line));
    return 1;
  }
  return 0;
}

/** A sanity figure, not a benchmark: one compiled pattern against one parsed envelope. */
function throughput(): number {
  const matcher = compileEventPattern({ source: ['aircraftops.aircraft'], detail: { data: { status: [{ prefix: 'ACT' }] } } });
  const event = { source: 'aircraftops.aircraft', 'detail-type': 'AircraftUpdated', detail: { data: { status: 'ACTIVE' } } };
  const rounds = 200_000;
  const start = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) matcher.matches(event);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return Math.round(rounds / seconds);
}

process.exitCode = main();
