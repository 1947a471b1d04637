import { InvalidEventError } from '../errors/invalid-event-error';
import { isPlainObject } from '../json/is-plain-object';
import { parseJsonText } from '../json/parse-json-text';
import { flattenEvent } from '../match/flatten-event';
import type { PathIndex } from '../match/flatten-event';
import { matchBranch } from '../match/match-branch';
import type { CompiledBranch } from '../model';
import { checkComplexity } from './check-complexity';
import { compileStructure } from './compile-structure';
import type { EventPatternInput } from './read-pattern';
import { readPattern } from './read-pattern';

/** An event as the matcher takes it: JSON text, or the parsed object. */
export type EventInput = string | Readonly<Record<string, unknown>>;

/** A validated pattern, ready to test many events. */
export interface EventPatternMatcher {
  /** The `$or`-expanded alternatives; each is a list of leaves sorted by path. */
  readonly branches: readonly CompiledBranch[];
  /**
   * True when the event matches. Throws `InvalidEventError` when the event is not a JSON object.
   */
  matches(event: EventInput): boolean;
}

/**
 * Validates an EventBridge event pattern once and returns a matcher for many events.
 * Throws `InvalidEventPatternError` (EventBridge's reasons) when the pattern is rejected.
 *
 * @example
 * ```ts
 * const matcher = compileEventPattern({ source: ['aircraftops.aircraft'], detail: { status: [{ prefix: 'ACT' }] } });
 * matcher.matches({ source: 'aircraftops.aircraft', detail: { status: 'ACTIVE' } }); // true
 * ```
 */
export function compileEventPattern(pattern: EventPatternInput): EventPatternMatcher {
  const root = readPattern(pattern);
  const branches: CompiledBranch[] = compileStructure(root, '', [], '$', false).map((draft) =>
    [...draft.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  );
  checkComplexity(branches);
  const index = pathIndex(branches);
  return {
    branches,
    matches(event: EventInput): boolean {
      const flat = flattenEvent(readEvent(event), index);
      return branches.some((branch) => matchBranch(branch, flat));
    },
  };
}

function pathIndex(branches: readonly CompiledBranch[]): PathIndex {
  const leaves = new Set<string>();
  const prefixes = new Set<string>();
  for (const branch of branches) {
    for (const { path } of branch) {
      leaves.add(path);
      // Every dot is a possible key boundary: the event may spell `a.b` as one key or two.
      for (let i = path.indexOf('.'); i !== -1; i = path.indexOf('.', i + 1)) prefixes.add(path.slice(0, i));
      prefixes.add(path);
    }
  }
  return { leaves, prefixes };
}

function readEvent(event: EventInput | unknown): Record<string, unknown> {
  let value: unknown = event;
  if (typeof event === 'string') {
    const parsed = parseJsonText(event);
    if ('error' in parsed) throw new InvalidEventError(parsed.error);
    value = parsed.value;
  }
  if (!isPlainObject(value)) throw new InvalidEventError('the event must be a JSON object');
  return value;
}
