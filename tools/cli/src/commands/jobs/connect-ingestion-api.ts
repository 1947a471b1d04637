import { LocalIssuer } from '@aircraftops/lambda-kit';
import { issuerKeyDir, type RuntimeState } from '@aircraftops/local-runtime';

import { CliError } from '../../support/cli-error';
import { EXIT_USAGE } from '../../support/exit-codes';
import { requireRuntime } from '../../support/resolve-endpoints';
import { IngestionApiClient } from './ingestion-api-client';

/** Who the CLI acts as (`--as`): the `sub` of its tokens, stamped on every write. */
export const DEFAULT_SUBJECT = 'cli';

/**
 * A client of the running local platform's ingestion API, with tokens from the local issuer (the
 * key the gateway trusts), subject `as`; each call gets the role it needs.
 * @example
 * const api = await connectIngestionApi({ as: 'alice' });
 */
export const connectIngestionApi = async (options: { as?: string; runtime?: RuntimeState } = {}): Promise<IngestionApiClient> => {
  const sub = options.as ?? DEFAULT_SUBJECT;
  if (sub.trim() === '') throw new CliError('--as must not be blank.', EXIT_USAGE);
  const runtime = options.runtime ?? requireRuntime();
  const issuer = await LocalIssuer.open({ keyDirectory: issuerKeyDir(runtime.home) });
  return new IngestionApiClient(runtime.gatewayUrl, (role) => issuer.issue({ sub, role, expiresIn: 300 }));
};
