import { CliError } from './cli-error';
import { EXIT_USAGE } from './exit-codes';

const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400 };
const DURATION = /^(\d+)([smhd]?)$/;

/**
 * A positive duration from the command line in seconds: `90` (seconds), `30s`, `15m`, `8h`, `7d`.
 * Anything else, or zero, is a usage error (exit 2) naming the argument.
 *
 * @example
 * ```ts
 * parseDurationSeconds('8h', '--expires-in'); // 28800
 * ```
 */
export const parseDurationSeconds = (value: string, argument: string): number => {
  const match = DURATION.exec(value.trim());
  const seconds = match ? Number(match[1]) * (UNIT_SECONDS[match[2] || 's'] ?? 1) : 0;
  if (!match || seconds <= 0) {
    throw new CliError(`${argument} "${value}" is not a positive duration: use seconds or a number with s, m, h or d, such as 8h.`, EXIT_USAGE);
  }
  return seconds;
};
