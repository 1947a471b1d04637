import { CliError } from '../../support/cli-error';
import type { CommandIo } from '../../support/command-io';
import { ControlApiClient } from '../../support/control-api-client';
import { EXIT_USAGE } from '../../support/exit-codes';
import { formatJson } from '../../support/format-json';
import { parseTimeArgument } from '../../support/parse-time-argument';

/** Arguments of `aircraftops events replay`. */
export interface ReplayEventsOptions {
  readonly endpoint: string;
  /** `now`, relative (`-15m`) or ISO-8601. */
  readonly from: string;
  /** Default `now`. */
  readonly to?: string;
  /** Re-deliver to this rule only (default: every rule whose pattern matches). */
  readonly rule?: string;
  readonly json?: boolean;
  readonly now?: Date;
}

/**
 * Re-delivers the archived events the bus accepted in [from, to] and prints how many were
 * re-delivered. Bad times and an empty range are usage errors (exit 2), checked before any request.
 *
 * @example
 * ```ts
 * await replayEvents({ endpoint, from: '-15m', rule: 'audit-all-events' }, processIo);
 * ```
 */
export const replayEvents = async (options: ReplayEventsOptions, io: CommandIo): Promise<void> => {
  const now = options.now ?? new Date();
  const from = parseTimeArgument(options.from, '--from', now);
  const to = parseTimeArgument(options.to ?? 'now', '--to', now);
  if (from.getTime() > to.getTime()) {
    throw new CliError(`The replay range is empty: --from (${from.toISOString()}) is after --to (${to.toISOString()}).`, EXIT_USAGE);
  }
  const replayed = await new ControlApiClient(options.endpoint).replay({ from, to, rule: options.rule });
  if (options.json) {
    io.stdout(formatJson({ replayed, from: from.toISOString(), to: to.toISOString(), rule: options.rule ?? null }));
    return;
  }
  const target = options.rule ? `rule ${options.rule}` : 'every matching rule';
  io.stdout(`Re-delivered ${replayed} ${replayed === 1 ? 'event' : 'events'} accepted ${from.toISOString()} – ${to.toISOString()} to ${target}.\n`);
};
