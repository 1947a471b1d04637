import { functionContext, LOCAL_ACCOUNT_ID } from '@aircraftops/declarations';
import type { Context } from 'aws-lambda';

/**
 * A Lambda `Context` for a local invocation of a function known only by name (the gateway's own
 * requests): declared functions get theirs from `functionContext`, with their declared timeout and memory.
 * @example
 * const context = lambdaContext('aircraft-get-aircraft', 10_000);
 */
export const lambdaContext = (functionName: string, timeoutMs = 30_000, region = 'us-east-1'): Context =>
  functionContext(
    {
      name: functionName,
      description: '',
      handler: { module: '', export: '' },
      trigger: { kind: 'schedule', expression: 'rate(1 minute)' },
      access: {},
      timeoutSeconds: timeoutMs / 1000,
      memoryMb: 512,
    },
    { partition: 'aws', region, account: LOCAL_ACCOUNT_ID },
  );
