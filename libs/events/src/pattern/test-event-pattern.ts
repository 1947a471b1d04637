import type { EventInput } from './compile/compile-event-pattern';
import { compileEventPattern } from './compile/compile-event-pattern';
import type { EventPatternInput } from './compile/read-pattern';

/**
 * The local twin of EventBridge's `TestEventPattern`: does `event` match `pattern`?
 * Throws `InvalidEventPatternError` for a pattern EventBridge would reject and `InvalidEventError`
 * for an event that is not a JSON object. To test many events, use `compileEventPattern`.
 *
 * @example
 * ```ts
 * testEventPattern({ detail: { state: [{ 'anything-but': 'initializing' }] } }, { detail: { state: 'running' } }); // true
 * ```
 */
export function testEventPattern(pattern: EventPatternInput, event: EventInput): boolean {
  return compileEventPattern(pattern).matches(event);
}
