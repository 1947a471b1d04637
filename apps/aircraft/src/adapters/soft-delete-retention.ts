import { ConfigurationError, currentEnv } from '@aircraftops/lambda-kit';
import { SOFT_DELETE_RETENTION_SECONDS } from '@aircraftops/tables';

/** The declared setting of the aircraft delete function (manifest `environment`). */
export const SOFT_DELETE_RETENTION_ENV = 'AIRCRAFTOPS_SOFT_DELETE_RETENTION';

/**
 * Seconds a soft-deleted aircraft stays readable by key before TTL purges it: the function's
 * `AIRCRAFTOPS_SOFT_DELETE_RETENTION`, read per request (locally each function has its own environment),
 * or 30 days when the function does not declare it. The local runtime shortens it for tests.
 * @throws ConfigurationError when the value is not a whole number of seconds ≥ 1.
 * @example
 * softDeleteRetentionSeconds({ AIRCRAFTOPS_SOFT_DELETE_RETENTION: '5' }); // 5
 */
export const softDeleteRetentionSeconds = (env: Readonly<Record<string, string | undefined>> = currentEnv()): number => {
  const value = env[SOFT_DELETE_RETENTION_ENV];
  if (value === undefined || value.trim() === '') return SOFT_DELETE_RETENTION_SECONDS;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 1) {
    throw new ConfigurationError(`${SOFT_DELETE_RETENTION_ENV} must be a whole number of seconds ≥ 1, got "${value}"`);
  }
  return seconds;
};
