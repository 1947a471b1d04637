import type { Command } from 'commander';

import { processIo } from '../../support/command-io';
import { resolveEventBridgeEndpoint } from '../../support/resolve-endpoints';
import { listRules } from './list-rules';

export { formatRulesTable } from './format-rules-table';
export { listRules } from './list-rules';
export type { ListRulesOptions } from './list-rules';

/**
 * `aircraftops rules list`.
 *
 * @example
 * ```ts
 * registerRulesCommands(program);
 * ```
 */
export const registerRulesCommands = (program: Command): void => {
  const rules = program.command('rules').description('Inspect the rules (subscriptions) of the local bus');
  rules
    .command('list')
    .description('List the rules with their queue depth, messages in flight and DLQ depth')
    .option('--json', 'print the rule summaries as JSON (pattern, queue and DLQ ARNs, settings, depths)')
    .option('--endpoint <url>', 'local EventBridge endpoint (default: the running local platform)')
    .addHelpText('after', '\nQueue: messages waiting (visible or in retry backoff). In flight: being handled now. DLQ: dead letters.')
    .action(async (options: { json?: boolean; endpoint?: string }) => {
      await listRules({ json: options.json, endpoint: resolveEventBridgeEndpoint(options.endpoint) }, processIo);
    });
};
