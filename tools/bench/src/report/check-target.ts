import type { Figure } from './bench-report';

/** Whether a figure meets its budget; `n/a` when it has none or was not measured. */
export type TargetStatus = 'met' | 'missed' | 'n/a';

/**
 * Judges a figure against its target.
 *
 * @example
 * ```ts
 * checkTarget({ key: 'r', label: 'ratio', unit: '×', value: 0.93, target: { comparison: 'atLeast', limit: 0.9 } }); // 'met'
 * ```
 */
export const checkTarget = (figure: Figure): TargetStatus => {
  const { target, value } = figure;
  if (!target || value === undefined || !Number.isFinite(value)) return 'n/a';
  const met = target.comparison === 'atLeast' ? value >= target.limit : value < target.limit;
  return met ? 'met' : 'missed';
};

/**
 * A target as people read it: `≥ 0.9`, `< 300 MB`.
 *
 * @example
 * ```ts
 * describeTarget({ comparison: 'below', limit: 300 }, 'MB'); // '< 300 MB'
 * ```
 */
export const describeTarget = (target: Figure['target'], unit: string): string =>
  target === undefined ? '' : `${target.comparison === 'atLeast' ? '≥' : '<'} ${formatNumber(target.limit)}${unit ? ` ${unit}` : ''}`;

/**
 * A number for a table: thousands separators, and fewer decimals the larger it is.
 *
 * @example
 * ```ts
 * formatNumber(3612.4); // '3,612'
 * formatNumber(0.9312); // '0.93'
 * ```
 */
export const formatNumber = (value: number | undefined): string => {
  if (value === undefined || Number.isNaN(value)) return '—';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '-∞';
  const magnitude = Math.abs(value);
  const digits = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
};
