import { currentEnv, guardClient } from '@aircraftops/lambda-kit';
import { FirehoseClient } from '@aws-sdk/client-firehose';

type Env = Readonly<Record<string, string | undefined>>;

const clients = new Map<string, FirehoseClient>();

/**
 * The Firehose client for the environment's region: one per region for the process, guarded (`guardClient`)
 * so that a local run checks each request against the calling function's declared access (its
 * `firehose` grant), as IAM does in the cloud.
 * @example
 * const client = firehoseClientFromEnv({ AWS_REGION: 'eu-west-1' });
 */
export const firehoseClientFromEnv = (env: Env = currentEnv()): FirehoseClient => {
  const region = env['AWS_REGION'] || env['AWS_DEFAULT_REGION'] || 'us-east-1';
  let client = clients.get(region);
  if (!client) clients.set(region, (client = guardClient(new FirehoseClient({ region }), 'Firehose')));
  return client;
};
