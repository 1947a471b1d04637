import type { CommandIo } from '../../support/command-io';
import { ControlApiClient } from '../../support/control-api-client';
import { formatJson } from '../../support/format-json';
import { formatStreamsTable } from './format-streams-table';

/** Arguments of `aircraftops streams list`. */
export interface ListStreamsOptions {
  /** The local EventBridge endpoint, which serves the platform's control API. */
  readonly endpoint: string;
  readonly json?: boolean;
}

/**
 * Prints the platform's stream consumers with their mapping stats and on-failure depth, as a table
 * or as the JSON array of summaries.
 *
 * @example
 * ```ts
 * await listStreams({ endpoint, json: true }, processIo);
 * ```
 */
export const listStreams = async (options: ListStreamsOptions, io: CommandIo): Promise<void> => {
  const streams = await new ControlApiClient(options.endpoint).streams();
  io.stdout(options.json ? formatJson(streams) : formatStreamsTable(streams));
};
