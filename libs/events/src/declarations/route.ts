import type { Role } from '@aircraftops/lambda-kit';

import type { HandlerRef } from './handler-ref';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One HTTP route (API Gateway v2 syntax: `/ingestion/jobs/{id}`) and the role it needs. */
export interface RouteDeclaration {
  readonly method: HttpMethod;
  readonly path: string;
  /** `public` only for routes that must answer without a token (health). */
  readonly role: Role | 'public';
  readonly handler: HandlerRef;
  readonly description: string;
}
