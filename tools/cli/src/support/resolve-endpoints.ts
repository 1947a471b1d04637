import { readRuntimeState, type RuntimeState } from '@aircraftops/local-runtime';

import { CliError } from './cli-error';

/** The running local platform, found through its runtime.json; a clear error when none runs. */
export const requireRuntime = (): RuntimeState => {
  const state = readRuntimeState();
  if (!state) {
    throw new CliError('No local platform is running. Start it with `npm start`, or pass --endpoint.');
  }
  return state;
};

/** The DynamoDB endpoint: the flag wins, then the running platform. */
export const resolveDynamoDbEndpoint = (flag: string | undefined): { endpoint: string; region: string } => {
  if (flag) return { endpoint: flag, region: process.env['AWS_REGION'] ?? 'us-east-1' };
  const state = requireRuntime();
  return { endpoint: state.dynamodbEndpoint, region: state.region };
};

/** The local EventBridge endpoint (PutEvents and the `/_local/` control API): the flag wins, then the running platform. */
export const resolveEventBridgeEndpoint = (flag: string | undefined): string => flag ?? requireRuntime().eventBridgeEndpoint;
