import { isRole, LocalIssuer, ROLES } from '@aircraftops/lambda-kit';

import { CliError } from '../../support/cli-error';
import type { CommandIo } from '../../support/command-io';
import { EXIT_USAGE } from '../../support/exit-codes';
import { parseDurationSeconds } from '../../support/parse-duration-seconds';

/** Arguments of `aircraftops token`. */
export interface IssueTokenOptions {
  readonly role: string;
  /** Default `dev`. */
  readonly sub?: string;
  /** Seconds or `30m`, `8h`, `7d`. Default `8h`. */
  readonly expiresIn?: string;
  /** A machine token (`actor_type: service`). */
  readonly service?: boolean;
  /** The issuer's key folder, shared with the local gateway. */
  readonly keyDirectory: string;
}

/**
 * Prints a token from the local issuer, and only the token, so `TOKEN=$(aircraftops token --role
 * operator)` works. The gateway verifies it with the same key. Bad arguments exit 2.
 *
 * @example
 * ```ts
 * await issueToken({ role: 'operator', sub: 'alice', keyDirectory: issuerKeyDir() }, processIo);
 * ```
 */
export const issueToken = async (options: IssueTokenOptions, io: CommandIo): Promise<void> => {
  if (!isRole(options.role)) {
    throw new CliError(`--role "${options.role}" is not a role: use one of ${ROLES.join(', ')}.`, EXIT_USAGE);
  }
  const sub = options.sub ?? 'dev';
  if (sub.trim() === '') throw new CliError('--sub must not be blank.', EXIT_USAGE);
  const expiresIn = parseDurationSeconds(options.expiresIn ?? '8h', '--expires-in');
  const issuer = await LocalIssuer.open({ keyDirectory: options.keyDirectory });
  const token = await issuer.issue({ sub, role: options.role, expiresIn, actorType: options.service ? 'service' : 'user' });
  io.stdout(`${token}\n`);
};
