import { EventPatternError, validateEventPattern } from '@aircraftops/events';

import { CliError } from '../../support/cli-error';
import type { CommandIo } from '../../support/command-io';
import { EXIT_USAGE } from '../../support/exit-codes';
import { openEventStream } from '../../support/open-event-stream';
import { readTextArgument } from '../../support/read-text-argument';
import { formatEventLine } from './format-event-line';

/** Arguments of `aircraftops events tail`. */
export interface TailEventsOptions {
  readonly endpoint: string;
  /** An event pattern as JSON or `file://path`: only matching events are shown. */
  readonly pattern?: string;
  /** One JSON event per line instead of the summary line. */
  readonly json?: boolean;
  /** Aborting (Ctrl-C) ends the tail; the promise then resolves. */
  readonly signal: AbortSignal;
  /** Called once the subscription is live (tests put events after it). */
  readonly onReady?: () => void;
}

/**
 * Prints events as the running bus accepts them until `signal` aborts. The pattern is validated
 * here first, so a bad one fails with exit code 2 before any connection; the platform stopping
 * ends the tail with an error.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * process.once('SIGINT', () => controller.abort());
 * await tailEvents({ endpoint, pattern: '{"source":["aircraftops.aircraft"]}', signal: controller.signal }, processIo);
 * ```
 */
export const tailEvents = async (options: TailEventsOptions, io: CommandIo): Promise<void> => {
  const pattern = options.pattern === undefined ? undefined : readPattern(options.pattern);
  await openEventStream({
    endpoint: options.endpoint,
    pattern,
    signal: options.signal,
    onEvent: (event) => io.stdout(`${options.json ? JSON.stringify(event) : formatEventLine(event)}\n`),
    onReady: () => {
      // On stderr, so `events tail --json | jq` sees events only.
      io.stderr(`Tailing events on ${options.endpoint}${pattern === undefined ? '' : ` matching ${JSON.stringify(pattern)}`}. Ctrl-C to stop.\n`);
      options.onReady?.();
    },
  });
};

const readPattern = (value: string): unknown => {
  const text = readTextArgument(value, '--pattern');
  try {
    validateEventPattern(text);
  } catch (error) {
    if (EventPatternError.is(error)) throw new CliError(`${error.code}: ${error.message}`, EXIT_USAGE, { cause: error });
    throw error;
  }
  return JSON.parse(text) as unknown;
};
