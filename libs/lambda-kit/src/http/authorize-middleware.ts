import type middy from '@middy/core';

import type { JwtClaims } from '../auth/jwt-claims';
import type { Role } from '../auth/roles';
import { authorize } from '../auth/authorize';
import type { HttpEvent } from './http-event';
import type { HttpContext } from './request-state';

/**
 * Requires `role` from the verified JWT claims in `event.requestContext.authorizer.jwt.claims` (filled
 * by API Gateway's JWT authorizer in the cloud and by the local gateway locally) and puts the actor on
 * the context. Our own middleware: middy has no role check for API Gateway JWT claims.
 *
 * @example
 * middy().use(authorizeMiddleware('operator'));
 */
export const authorizeMiddleware = (role: Role): middy.MiddlewareObj<HttpEvent, unknown, Error, HttpContext> => ({
  before: (request) => {
    // Optional chaining: on a misconfigured route the authorizer part is simply absent.
    const claims = request.event.requestContext?.authorizer?.jwt?.claims as JwtClaims | undefined;
    request.context.actor = authorize(claims, role);
  },
});
