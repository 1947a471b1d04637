import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Checks one AWS SDK request of the current function before it is sent; throws (an
 * `AccessDeniedException`-shaped error) when the function's declared access does not allow it.
 */
export type AccessCheck = (service: string, commandName: string, input: Readonly<Record<string, unknown>>) => void;

/**
 * What a function invocation runs with when several functions share one process (the local runtime,
 * integration tests): its own name, its own environment and the check of its declared access. In the
 * cloud there is no scope: each function is its own process and `process.env` is its environment.
 */
export interface FunctionScope {
  readonly name: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly checkAccess?: AccessCheck;
}

// AsyncLocalStorage follows the invocation through every await, timer and SDK call it makes, so two
// functions running concurrently in one process each see only their own scope.
const storage = new AsyncLocalStorage<FunctionScope>();

/**
 * Runs `body` (and everything it awaits) as the function `scope` describes.
 * @example
 * await runInFunctionScope({ name: 'audit-record-event', env }, () => handler(event, context));
 */
export const runInFunctionScope = <T>(scope: FunctionScope, body: () => T): T => storage.run(scope, body);

/**
 * The scope of the invocation this code runs in, or undefined outside any (the cloud, tools, tests).
 * @example
 * currentFunctionScope()?.name; // 'audit-record-event' inside the local runtime
 */
export const currentFunctionScope = (): FunctionScope | undefined => storage.getStore();

/**
 * The environment of the current function: its scope's variables locally, `process.env` in the cloud
 * (where a Lambda's process environment is the function's own). Read it per request, never cache what
 * it says at module scope: locally several functions share the modules.
 * @example
 * const table = requireEnv('AIRCRAFTOPS_CORE_TABLE', currentEnv());
 */
export const currentEnv = (): Readonly<Record<string, string | undefined>> => storage.getStore()?.env ?? process.env;
