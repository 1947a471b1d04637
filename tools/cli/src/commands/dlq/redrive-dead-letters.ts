import type { CommandIo } from '../../support/command-io';
import { ControlApiClient } from '../../support/control-api-client';
import { formatJson } from '../../support/format-json';

/** Arguments of `aircraftops dlq redrive`. */
export interface RedriveDeadLettersOptions {
  readonly endpoint: string;
  readonly rule: string;
  readonly json?: boolean;
}

/**
 * Moves every DLQ message of a rule back to its queue (receive count reset) and prints how many.
 *
 * @example
 * ```ts
 * await redriveDeadLetters({ endpoint, rule: 'audit-all-events' }, processIo);
 * ```
 */
export const redriveDeadLetters = async (options: RedriveDeadLettersOptions, io: CommandIo): Promise<void> => {
  const redriven = await new ControlApiClient(options.endpoint).redrive(options.rule);
  if (options.json) {
    io.stdout(formatJson({ rule: options.rule, redriven }));
    return;
  }
  const messages = `${redriven} ${redriven === 1 ? 'message' : 'messages'}`;
  io.stdout(`Moved ${messages} from the DLQ of rule ${options.rule} back to its queue.\n`);
};
