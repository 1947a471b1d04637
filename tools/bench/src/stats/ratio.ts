/**
 * `measured / baseline`, or `undefined` when either is missing or the baseline is not a positive
 * number (a ratio against zero means nothing, so none is printed).
 *
 * @example
 * ```ts
 * ratio(3_300, 3_600); // 0.9166…
 * ratio(3_300, 0);     // undefined
 * ```
 */
export const ratio = (measured: number | undefined, baseline: number | undefined): number | undefined =>
  measured === undefined || baseline === undefined || !(baseline > 0) || !Number.isFinite(measured) ? undefined : measured / baseline;
