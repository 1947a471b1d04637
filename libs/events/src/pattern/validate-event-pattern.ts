import { compileEventPattern } from './compile/compile-event-pattern';
import type { EventPatternInput } from './compile/read-pattern';

/**
 * Throws `InvalidEventPatternError` when EventBridge would reject the pattern; returns nothing otherwise.
 *
 * @example
 * ```ts
 * validateEventPattern('{"detail": {"count": [{"numeric": [">", 0]}]}}'); // ok
 * validateEventPattern({ source: 'aws.ec2' }); // throws: "source" must be an object or an array
 * ```
 */
export function validateEventPattern(pattern: EventPatternInput): void {
  compileEventPattern(pattern);
}
