import { currentEnv } from '@aircraftops/lambda-kit';

/** A function's environment variables. */
export type Env = Readonly<Record<string, string | undefined>>;

/**
 * Where a port reads its configuration: the given variables, or else the current function's environment,
 * read per request (locally several functions share these modules, so nothing may pin one's variables).
 * @example
 * const read = envSource(env); read()['AIRCRAFTOPS_JOBS_TABLE'];
 */
export const envSource =
  (env?: Env): (() => Env) =>
  () =>
    env ?? currentEnv();
