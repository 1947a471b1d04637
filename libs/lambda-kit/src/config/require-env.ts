import { ConfigurationError } from '../errors';
import { currentEnv } from '../runtime';

/**
 * The value of a required environment variable.
 *
 * @throws ConfigurationError naming the variable when it is unset or blank: failing at start-up with
 * the variable's name beats an `undefined` table name surfacing as a cryptic SDK error later.
 * @example
 * const tableName = requireEnv('AIRCRAFTOPS_CORE_TABLE');
 */
export const requireEnv = (name: string, env: Readonly<Record<string, string | undefined>> = currentEnv()): string => {
  const value = env[name];
  if (value === undefined || value.trim() === '') {
    throw new ConfigurationError(`Missing required environment variable ${name}`);
  }
  return value;
};
