import { InvalidEventPatternError } from './errors';
import type { EventBridgeEvent, EventPattern, PatternMatcher } from './event-bridge-event';

/** A pattern validated once, ready to test many events. */
export interface CompiledPattern {
  readonly pattern: EventPattern;
  matches(event: EventBridgeEvent | Readonly<Record<string, unknown>>): boolean;
}

/** Probe used to make a match-only matcher walk (and so validate) a whole pattern once. */
const PROBE_EVENT = {
  version: '0',
  id: '00000000-0000-0000-0000-000000000000',
  'detail-type': 'Probe',
  source: 'aircraftops.local',
  account: '000000000000',
  time: '1970-01-01T00:00:00Z',
  region: 'us-east-1',
  resources: [],
  detail: {},
};

/** EventBridge's limit on a pattern's serialised length (API model: 4096). */
const MAX_PATTERN_LENGTH = 4096;
const PREFIX = 'Event pattern is not valid.';

/**
 * Validates an event pattern once, before a rule (or a tail filter) uses it: a non-empty JSON
 * object within 4096 characters that the injected matcher accepts. Throws
 * {@link InvalidEventPatternError} with EventBridge's `Event pattern is not valid. Reason: …` wording.
 *
 * @example
 * ```ts
 * const rule = compilePattern({ source: ['aircraftops.aircraft'] }, { match: testEventPattern, compile: compileEventPattern });
 * rule.matches(event); // boolean
 * ```
 */
export function compilePattern(pattern: unknown, matcher: PatternMatcher): CompiledPattern {
  if (typeof pattern !== 'object' || pattern === null || Array.isArray(pattern)) {
    throw new InvalidEventPatternError(`${PREFIX} Reason: the pattern must be a JSON object.`);
  }
  if (Object.keys(pattern).length === 0) {
    throw new InvalidEventPatternError(`${PREFIX} Reason: the pattern must not be empty.`);
  }
  const length = JSON.stringify(pattern).length;
  if (length > MAX_PATTERN_LENGTH) {
    throw new InvalidEventPatternError(`${PREFIX} Reason: it is ${length} characters long; the limit is ${MAX_PATTERN_LENGTH}.`);
  }
  const valid = pattern as EventPattern;
  try {
    if (matcher.compile) {
      const compiled = matcher.compile(valid);
      return { pattern: valid, matches: (event) => compiled.matches(event) };
    }
    matcher.match(valid, PROBE_EVENT);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The real matcher already words its errors as EventBridge does; a bare reason gets the prefix.
    throw new InvalidEventPatternError(message.startsWith(PREFIX) ? message : `${PREFIX} Reason: ${message}`, { cause: error });
  }
  return { pattern: valid, matches: (event) => matcher.match(valid, event) };
}
