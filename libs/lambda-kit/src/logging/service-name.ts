import { currentEnv } from '../runtime';

/** The variable naming the service on every log line (Powertools' own name for it). */
export const SERVICE_NAME_ENV = 'POWERTOOLS_SERVICE_NAME';

/**
 * The service the current function logs as: `POWERTOOLS_SERVICE_NAME` of its environment, else `fallback`.
 * Read through `currentEnv()`, so locally, where every app's functions share one process, each
 * function's lines name its own app (the variable is in its declared environment, not `process.env`).
 *
 * @example
 * const logger = createLogger(serviceNameFromEnv('audit')); // 'audit' unless the function says otherwise
 */
export const serviceNameFromEnv = (fallback = 'aircraftops', env: Readonly<Record<string, string | undefined>> = currentEnv()): string =>
  env[SERVICE_NAME_ENV] || fallback;
