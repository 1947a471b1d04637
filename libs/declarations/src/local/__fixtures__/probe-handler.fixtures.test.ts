import { currentEnv, currentFunctionScope } from '@aircraftops/lambda-kit';
import type { Context } from 'aws-lambda';

/** What the module saw when it was loaded: the environment of the function that loaded it. */
export const loadedWith = { table: currentEnv()['AIRCRAFTOPS_AUDIT_TABLE'], scope: currentFunctionScope()?.name };

/** Echoes what the invocation sees, or sleeps `event.sleepMs` first. */
export const handler = async (event: { sleepMs?: number }, context: Context) => {
  if (event.sleepMs) await new Promise((resolve) => setTimeout(resolve, event.sleepMs));
  return {
    env: { ...currentEnv() },
    scope: currentFunctionScope()?.name,
    context: {
      functionName: context.functionName,
      invokedFunctionArn: context.invokedFunctionArn,
      memoryLimitInMB: context.memoryLimitInMB,
      remaining: context.getRemainingTimeInMillis(),
    },
  };
};

/** A check the access guard runs: what a guarded client calls before sending. */
export const callsCheck = async (event: { service: string; command: string; input: Record<string, unknown> }) => {
  currentFunctionScope()?.checkAccess?.(event.service, event.command, event.input);
  return 'allowed';
};
