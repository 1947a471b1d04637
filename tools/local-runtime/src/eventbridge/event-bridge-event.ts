/**
 * An EventBridge event as rules, queues and consumers see it (field order as AWS writes it).
 * A type alias, not an interface, so it is assignable to `Record<string, unknown>` matcher inputs.
 */
export type EventBridgeEvent = {
  readonly version: '0';
  readonly id: string;
  readonly 'detail-type': string;
  readonly source: string;
  readonly account: string;
  /** ISO-8601 at seconds precision: `2024-05-01T12:00:00Z`. */
  readonly time: string;
  readonly region: string;
  readonly resources: readonly string[];
  readonly detail: Readonly<Record<string, unknown>>;
  /** Present on events re-delivered by a replay, as AWS adds it. */
  readonly 'replay-name'?: string;
};

/** An EventBridge event pattern (a JSON object). */
export type EventPattern = Readonly<Record<string, unknown>>;

/**
 * Matches one event against a pattern: `testEventPattern` from `@aircraftops/events`. Injected so the
 * bus does not pin one implementation; it must throw on an invalid pattern.
 */
export type MatchEventPattern = (pattern: EventPattern, event: Readonly<Record<string, unknown>>) => boolean;

/**
 * Validates a pattern once and returns a reusable matcher: `compileEventPattern` from
 * `@aircraftops/events`. Optional; without it every match re-reads the pattern.
 */
export type CompileEventPattern = (pattern: EventPattern) => {
  matches(event: Readonly<Record<string, unknown>>): boolean;
};

/** The matcher the bus is given. */
export interface PatternMatcher {
  readonly match: MatchEventPattern;
  readonly compile?: CompileEventPattern;
}
