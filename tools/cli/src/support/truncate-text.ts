/**
 * Shortens `text` to at most `max` characters, marking the cut with an ellipsis.
 *
 * @example
 * ```ts
 * truncateText('{"source":["aircraftops.aircraft"]}', 12); // '{"source":[…'
 * ```
 */
export const truncateText = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`);
