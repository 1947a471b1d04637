import { CliError } from './cli-error';
import { EXIT_USAGE } from './exit-codes';

const UNIT_MS: Readonly<Record<string, number>> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const RELATIVE = /^-(\d+)([smhd])$/;
// A date alone or a date-time with an explicit zone: a zone-less time would silently mean local time.
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/;

/**
 * A point in time from the command line: `now`, a relative time in the past (`-30s`, `-15m`,
 * `-2h`, `-1d`) or ISO-8601 (`2024-05-01`, `2024-05-01T12:00:00Z`, with a zone). Anything else is a
 * usage error (exit 2) naming the argument.
 *
 * @example
 * ```ts
 * parseTimeArgument('-15m', '--from', new Date('2024-05-01T12:00:00Z')); // 2024-05-01T11:45:00Z
 * ```
 */
export const parseTimeArgument = (value: string, argument: string, now: Date = new Date()): Date => {
  const text = value.trim();
  if (text === 'now') return new Date(now.getTime());
  const relative = RELATIVE.exec(text);
  if (relative) {
    return new Date(now.getTime() - Number(relative[1]) * (UNIT_MS[relative[2] ?? ''] ?? 0));
  }
  const parsed = ISO.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(parsed)) {
    throw new CliError(
      `${argument} "${value}" is not a time: use now, a relative time such as -15m, -2h or -1d, or ISO-8601 with a zone such as 2024-05-01T12:00:00Z.`,
      EXIT_USAGE,
    );
  }
  return new Date(parsed);
};
