import type { FunctionDeclaration } from '@aircraftops/declarations';
import { CORS_ORIGINS_ENV } from '@aircraftops/lambda-kit';

/**
 * The CORS variable of a function: only for HTTP routes, and only when origins are configured. Without
 * one nothing is set: the handlers' CORS middleware (lambda-kit) fails closed on an unset variable and
 * sends no CORS headers, matching the API, which then has no CORS configuration either.
 * @example
 * corsEnvironmentOf(route, ['https://ops.example.com']); // { AIRCRAFTOPS_CORS_ORIGINS: 'https://ops.example.com' }
 * corsEnvironmentOf(route, []); // {}
 */
export const corsEnvironmentOf = (fn: FunctionDeclaration, corsOrigins: readonly string[]): Record<string, string> =>
  fn.trigger.kind === 'http' && corsOrigins.length > 0 ? { [CORS_ORIGINS_ENV]: corsOrigins.join(',') } : {};
