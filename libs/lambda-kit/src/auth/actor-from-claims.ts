import { UnauthorizedError } from '../errors';
import type { Actor } from './actor';
import type { JwtClaims } from './jwt-claims';

/** Set to `service` on machine tokens by the local issuer; see `actorFromClaims` for Cognito. */
export const ACTOR_TYPE_CLAIM = 'actor_type';

/**
 * The actor a token stands for. A token is a service's when it says so (`actor_type: service`) or
 * when it is a Cognito client-credentials token, whose `sub` is the app client id (`client_id`) and
 * which has no user behind it; every other token is a user's.
 *
 * @throws UnauthorizedError when the claims have no `sub`: nothing could be stamped on writes.
 * @example
 * actorFromClaims({ sub: 'u-1', 'cognito:groups': '[admin]' }); // { type: 'user', id: 'u-1' }
 */
export const actorFromClaims = (claims: JwtClaims): Actor => {
  const sub = claims['sub'];
  if (typeof sub !== 'string' || sub.trim() === '') throw new UnauthorizedError('Token has no subject (sub) claim');
  const isService = claims[ACTOR_TYPE_CLAIM] === 'service' || (claims['client_id'] !== undefined && claims['client_id'] === sub);
  return { type: isService ? 'service' : 'user', id: sub };
};
