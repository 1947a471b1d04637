import { currentEnv } from '../runtime';

/**
 * The value of an optional environment variable, or `fallback` when it is unset or blank.
 *
 * @example
 * const region = optionalEnv('AWS_REGION', 'us-east-1');
 */
export const optionalEnv = (name: string, fallback: string, env: Readonly<Record<string, string | undefined>> = currentEnv()): string => {
  const value = env[name];
  return value === undefined || value.trim() === '' ? fallback : value;
};
