/**
 * Page sizes of every list route: at least 1, at most 100, 25 when the caller does not say.
 *
 * @example
 * PAGE_LIMITS.default; // 25
 */
export const PAGE_LIMITS = { min: 1, max: 100, default: 25 } as const;
