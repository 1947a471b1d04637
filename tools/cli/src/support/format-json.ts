/**
 * JSON for scripts, as `printJson` writes it: two-space indentation and one trailing newline.
 *
 * @example
 * ```ts
 * io.stdout(formatJson({ replayed: 3 }));
 * ```
 */
export const formatJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
