import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { compileEventPattern } from './compile/compile-event-pattern';
import { InvalidEventPatternError } from './errors/invalid-event-pattern-error';

/**
 * Third-party EventBridge test vectors (AWS-validated LocalStack cases and event-ruler assertions).
 * They live outside the repository, in the shared folder next to the checkout; a clone without it
 * skips this suite rather than failing.
 */
interface ConformanceCase {
  readonly id: string;
  readonly authority: string;
  readonly pattern: unknown;
  readonly event?: Record<string, unknown>;
  readonly matches?: boolean;
  readonly invalid?: boolean;
}

function workspaceRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'nx.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

const sharedDir = process.env['AIRCRAFTOPS_SHARED_DIR'] ?? path.join(workspaceRoot(), '..', 'shared');
const file = path.join(sharedDir, 'conformance', 'eventbridge-patterns.json');
const available = existsSync(file);
const cases: ConformanceCase[] = available ? (JSON.parse(readFileSync(file, 'utf8')) as ConformanceCase[]) : [];

if (!available) {
  console.warn(`EventBridge conformance suite skipped: ${file} not found (set AIRCRAFTOPS_SHARED_DIR).`);
}

function outcome(testCase: ConformanceCase): string {
  try {
    return compileEventPattern(testCase.pattern as Record<string, unknown>).matches(testCase.event ?? {})
      ? 'match'
      : 'no match';
  } catch (error) {
    if (InvalidEventPatternError.is(error)) return 'invalid';
    throw error;
  }
}

(available ? describe : describe.skip)(`EventBridge conformance vectors (${file})`, () => {
  it('holds the full set of cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(555);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, testCase) => {
    const expected = testCase.invalid ? 'invalid' : testCase.matches ? 'match' : 'no match';
    expect(outcome(testCase)).toBe(expected);
  });
});
