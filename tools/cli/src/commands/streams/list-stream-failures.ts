import type { CommandIo } from '../../support/command-io';
import { ControlApiClient } from '../../support/control-api-client';
import { formatJson } from '../../support/format-json';
import { formatStreamFailures } from './format-stream-failures';

/** Arguments of `aircraftops streams failures`. */
export interface ListStreamFailuresOptions {
  /** The local EventBridge endpoint, which serves the platform's control API. */
  readonly endpoint: string;
  readonly consumer: string;
  /** Put into the re-read hint; a placeholder when unknown. */
  readonly dynamodbEndpoint?: string;
  readonly json?: boolean;
}

/**
 * Prints the on-failure records of one stream consumer, or with `json` the parsed records. An
 * unknown consumer fails with the names of the consumers there are.
 *
 * @example
 * ```ts
 * await listStreamFailures({ endpoint, consumer: 'stream-bridge', dynamodbEndpoint }, processIo);
 * ```
 */
export const listStreamFailures = async (options: ListStreamFailuresOptions, io: CommandIo): Promise<void> => {
  const failures = await new ControlApiClient(options.endpoint).streamFailures(options.consumer);
  io.stdout(options.json ? formatJson(failures) : formatStreamFailures(options.consumer, failures, { dynamodbEndpoint: options.dynamodbEndpoint }));
};
