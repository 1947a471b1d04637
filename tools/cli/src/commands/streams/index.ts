import { readRuntimeState } from '@aircraftops/local-runtime';
import type { Command } from 'commander';

import { processIo } from '../../support/command-io';
import { resolveEventBridgeEndpoint } from '../../support/resolve-endpoints';
import { listStreamFailures } from './list-stream-failures';
import { listStreams } from './list-streams';

export { formatIteratorAge } from './format-iterator-age';
export { formatStreamFailures } from './format-stream-failures';
export type { StreamFailuresHint } from './format-stream-failures';
export { formatStreamsTable } from './format-streams-table';
export { listStreamFailures } from './list-stream-failures';
export type { ListStreamFailuresOptions } from './list-stream-failures';
export { listStreams } from './list-streams';
export type { ListStreamsOptions } from './list-streams';

const ENDPOINT_HELP = 'local EventBridge endpoint, which serves the control API (default: the running local platform)';

/**
 * `aircraftops streams list` and `aircraftops streams failures <consumer>`.
 *
 * @example
 * ```ts
 * registerStreamsCommands(program);
 * ```
 */
export const registerStreamsCommands = (program: Command): void => {
  const streams = program.command('streams').description('Inspect the DynamoDB stream consumers (event-source mappings) and the batches they gave up on');
  streams
    .command('list')
    .description('List the stream consumers with their invocations, record counts, iterator age and on-failure depth')
    .option('--json', 'print the consumer summaries as JSON (name, table, stats, onFailureDepth)')
    .option('--endpoint <url>', ENDPOINT_HELP)
    .action(async (options: { json?: boolean; endpoint?: string }) => {
      await listStreams({ json: options.json, endpoint: resolveEventBridgeEndpoint(options.endpoint) }, processIo);
    });
  streams
    .command('failures')
    .description("List a stream consumer's on-failure records: condition, invokes, shard and sequence range of each discarded batch")
    .argument('<consumer>', 'stream consumer name (see `aircraftops streams list`)')
    .option('--json', 'print the parsed on-failure records as JSON')
    .option('--endpoint <url>', ENDPOINT_HELP)
    .option('--dynamodb-endpoint <url>', 'DynamoDB endpoint for the re-read hint (default: the running local platform)')
    .action(async (consumer: string, options: { json?: boolean; endpoint?: string; dynamodbEndpoint?: string }) => {
      await listStreamFailures(
        {
          consumer,
          json: options.json,
          endpoint: resolveEventBridgeEndpoint(options.endpoint),
          dynamodbEndpoint: options.dynamodbEndpoint ?? readRuntimeState()?.dynamodbEndpoint,
        },
        processIo,
      );
    });
};
