import { issuerKeyDir } from '@aircraftops/local-runtime';
import { ROLES } from '@aircraftops/lambda-kit';
import type { Command } from 'commander';

import { processIo } from '../../support/command-io';
import { issueToken } from './issue-token';

export { issueToken } from './issue-token';
export type { IssueTokenOptions } from './issue-token';

/**
 * `aircraftops token --role <role>`.
 *
 * @example
 * ```ts
 * registerTokenCommand(program);
 * ```
 */
export const registerTokenCommand = (program: Command): void => {
  program
    .command('token')
    .description('Print a bearer token for the local API, signed by the local issuer the gateway trusts')
    .requiredOption('--role <role>', `role claim: ${ROLES.join(', ')}`)
    .option('--sub <id>', 'subject (the actor stamped on writes)', 'dev')
    .option('--expires-in <duration>', 'lifetime: seconds, or a number with s, m, h or d', '8h')
    .option('--service', 'a machine token (actor type service) rather than a user token')
    .option('--key-dir <path>', 'issuer key folder (default: the local platform\'s, under AIRCRAFTOPS_HOME)')
    .addHelpText(
      'after',
      `
Only the token is printed, so it can be captured:
  $ TOKEN=$(npx aircraftops token --role operator)
  $ curl -H "Authorization: Bearer $TOKEN" "$GATEWAY_URL/..."   # gatewayUrl: .aircraftops/runtime.json`,
    )
    .action(async (options: { role: string; sub: string; expiresIn: string; service?: boolean; keyDir?: string }) => {
      await issueToken({ ...options, keyDirectory: options.keyDir ?? issuerKeyDir() }, processIo);
    });
};
