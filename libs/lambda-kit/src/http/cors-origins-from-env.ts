import { ConfigurationError } from '../errors';
import { currentEnv } from '../runtime';

/** The variable that lists allowed CORS origins, comma-separated. */
export const CORS_ORIGINS_ENV = 'AIRCRAFTOPS_CORS_ORIGINS';

/**
 * The CORS origins allowed by `AIRCRAFTOPS_CORS_ORIGINS` (comma-separated, `*` for any). Fails closed:
 * unset or empty is no origin at all (the HTTP stack then sends no CORS headers), so a function deployed
 * without the variable never lets every website call the API with its users' tokens. Origins may use
 * middy's `*` subdomain wildcard. The local runtime declares its own (the gateway's localhost origins).
 *
 * @throws ConfigurationError on an entry that is neither `*` nor an http(s) origin.
 * @example
 * // AIRCRAFTOPS_CORS_ORIGINS="https://ops.example.com, https://*.example.com"
 * corsOriginsFromEnv(); // ['https://ops.example.com', 'https://*.example.com']
 * corsOriginsFromEnv({}); // [] (no CORS headers)
 */
export const corsOriginsFromEnv = (env: Readonly<Record<string, string | undefined>> = currentEnv()): string[] => {
  const raw = env[CORS_ORIGINS_ENV];
  if (raw === undefined || raw.trim() === '') return [];
  const origins = raw.split(',').map((origin) => origin.trim()).filter((origin) => origin.length > 0);
  const invalid = origins.filter((origin) => origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin));
  if (invalid.length > 0) {
    throw new ConfigurationError(
      `${CORS_ORIGINS_ENV} has invalid origins: ${invalid.join(', ')} (expected * or scheme://host[:port], no path)`,
    );
  }
  return origins;
};
