import type { FunctionDeclaration } from '@aircraftops/declarations';
import { CORS_ORIGINS_ENV } from '@aircraftops/lambda-kit';

/**
 * What HTTP functions get in `AIRCRAFTOPS_CORS_ORIGINS` when no origin is configured. The handlers' CORS
 * middleware reads an unset variable as `*` (right for the local platform, wrong in the cloud, where API
 * Gateway passes the function's CORS headers through when the API has no CORS configuration). An origin
 * under the reserved `.invalid` TLD (RFC 2606) matches no browser, so CORS stays closed.
 */
export const NO_CORS_ORIGIN = 'https://cors-disabled.invalid';

/**
 * The CORS variable of a function: only for HTTP routes, the configured origins or `NO_CORS_ORIGIN`.
 * @example
 * corsEnvironmentOf(route, []); // { AIRCRAFTOPS_CORS_ORIGINS: 'https://cors-disabled.invalid' }
 */
export const corsEnvironmentOf = (fn: FunctionDeclaration, corsOrigins: readonly string[]): Record<string, string> =>
  fn.trigger.kind === 'http' ? { [CORS_ORIGINS_ENV]: corsOrigins.length > 0 ? corsOrigins.join(',') : NO_CORS_ORIGIN } : {};
