import type { CommandIo } from '../../support/command-io';
import { ControlApiClient } from '../../support/control-api-client';
import { formatJson } from '../../support/format-json';
import { formatDeadLetters, withParsedEvents } from './format-dead-letters';

/** Arguments of `aircraftops dlq list`. */
export interface ListDeadLettersOptions {
  readonly endpoint: string;
  readonly rule: string;
  readonly json?: boolean;
}

/**
 * Prints the DLQ messages of one rule: a table, or with `json` the messages with their parsed events.
 * An unknown rule fails with the names of the rules the bus has.
 *
 * @example
 * ```ts
 * await listDeadLetters({ endpoint, rule: 'audit-all-events' }, processIo);
 * ```
 */
export const listDeadLetters = async (options: ListDeadLettersOptions, io: CommandIo): Promise<void> => {
  const messages = await new ControlApiClient(options.endpoint).deadLetters(options.rule);
  io.stdout(options.json ? formatJson(withParsedEvents(messages)) : formatDeadLetters(options.rule, messages));
};
