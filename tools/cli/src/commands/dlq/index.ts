import type { Command } from 'commander';

import { processIo } from '../../support/command-io';
import { resolveEventBridgeEndpoint } from '../../support/resolve-endpoints';
import { listDeadLetters } from './list-dead-letters';
import { redriveDeadLetters } from './redrive-dead-letters';

export { formatDeadLetters, withParsedEvents } from './format-dead-letters';
export type { DeadLetterView } from './format-dead-letters';
export { listDeadLetters } from './list-dead-letters';
export type { ListDeadLettersOptions } from './list-dead-letters';
export { redriveDeadLetters } from './redrive-dead-letters';
export type { RedriveDeadLettersOptions } from './redrive-dead-letters';

const ENDPOINT_HELP = 'local EventBridge endpoint (default: the running local platform)';

/**
 * `aircraftops dlq list <rule>` and `aircraftops dlq redrive <rule>`.
 *
 * @example
 * ```ts
 * registerDlqCommands(program);
 * ```
 */
export const registerDlqCommands = (program: Command): void => {
  const dlq = program.command('dlq').description("Inspect and redrive a rule's dead-letter queue");
  dlq
    .command('list')
    .description('List the dead-lettered messages of a rule with their last error')
    .argument('<rule>', 'rule name (see `aircraftops rules list`)')
    .option('--json', 'print the messages as JSON, each with its parsed event')
    .option('--endpoint <url>', ENDPOINT_HELP)
    .action(async (rule: string, options: { json?: boolean; endpoint?: string }) => {
      await listDeadLetters({ rule, json: options.json, endpoint: resolveEventBridgeEndpoint(options.endpoint) }, processIo);
    });
  dlq
    .command('redrive')
    .description("Move a rule's dead-lettered messages back to its queue, receive counts reset, for another delivery")
    .argument('<rule>', 'rule name (see `aircraftops rules list`)')
    .option('--json', 'print {"rule", "redriven"} as JSON')
    .option('--endpoint <url>', ENDPOINT_HELP)
    .action(async (rule: string, options: { json?: boolean; endpoint?: string }) => {
      await redriveDeadLetters({ rule, json: options.json, endpoint: resolveEventBridgeEndpoint(options.endpoint) }, processIo);
    });
};
