import type { CommandIo } from '../../support/command-io';
import { ControlApiClient } from '../../support/control-api-client';
import { formatJson } from '../../support/format-json';
import { formatRulesTable } from './format-rules-table';

/** Arguments of `aircraftops rules list`. */
export interface ListRulesOptions {
  readonly endpoint: string;
  readonly json?: boolean;
}

/**
 * Prints the bus's rules with their queue depth, in-flight count and DLQ depth, as a table or as
 * the JSON array of rule summaries.
 *
 * @example
 * ```ts
 * await listRules({ endpoint, json: true }, processIo);
 * ```
 */
export const listRules = async (options: ListRulesOptions, io: CommandIo): Promise<void> => {
  const rules = await new ControlApiClient(options.endpoint).rules();
  io.stdout(options.json ? formatJson(rules) : formatRulesTable(rules));
};
