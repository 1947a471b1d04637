import { EventPatternError, testEventPattern } from '@aircraftops/events';

import { CliError } from '../../support/cli-error';
import type { CommandIo } from '../../support/command-io';
import { EXIT_USAGE } from '../../support/exit-codes';
import { readTextArgument } from '../../support/read-text-argument';

/** Arguments of `aircraftops events test-pattern`, as given on the command line. */
export interface TestPatternOptions {
  /** JSON or `file://path`. */
  readonly eventPattern: string;
  /** JSON or `file://path`. */
  readonly event: string;
}

/**
 * The local twin of `aws events test-event-pattern`: prints `{"Result": true|false}`. Needs no running
 * platform. An invalid pattern or event (JSON included) throws a {@link CliError} with exit code 2
 * carrying EventBridge's exception name and message.
 *
 * @example
 * ```ts
 * runTestPattern({ eventPattern: '{"source":["aircraftops.aircraft"]}', event: 'file://event.json' }, processIo);
 * ```
 */
export const runTestPattern = (options: TestPatternOptions, io: CommandIo): void => {
  // The text goes to the matcher unparsed so bad JSON gets EventBridge's own exception and reason.
  const pattern = readTextArgument(options.eventPattern, '--event-pattern');
  const event = readTextArgument(options.event, '--event');
  let result: boolean;
  try {
    result = testEventPattern(pattern, event);
  } catch (error) {
    if (EventPatternError.is(error)) throw new CliError(`${error.code}: ${error.message}`, EXIT_USAGE, { cause: error });
    throw error;
  }
  // The layout `aws events test-event-pattern` users read: one line, a space after the colon.
  io.stdout(`{"Result": ${result}}\n`);
};
