import type { RouteRole } from '@aircraftops/lambda-kit';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * An HTTP route (API Gateway v2 syntax: `/ingestion/jobs/{id}`) and the role it needs. The role here is
 * the one source of truth: the handler states it too (for the in-function check) and a test proves both equal.
 * @example
 * const trigger: HttpRouteTrigger = { kind: 'http', method: 'GET', path: '/aircraft/{nNumber}', role: 'viewer' };
 */
export interface HttpRouteTrigger {
  readonly kind: 'http';
  readonly method: HttpMethod;
  readonly path: string;
  /** `public` only for routes that must answer without a token (health). */
  readonly role: RouteRole;
}
