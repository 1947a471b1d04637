import { ForbiddenError, UnauthorizedError } from '../errors';
import type { Actor } from './actor';
import { actorFromClaims } from './actor-from-claims';
import { highestRole } from './highest-role';
import type { JwtClaims } from './jwt-claims';
import { type Role, roleSatisfies } from './roles';
import { rolesFromClaims } from './roles-from-claims';

/**
 * Decides whether verified token claims may use a route that requires `required`, and returns the
 * actor to stamp on writes. The token itself was verified before (API Gateway's JWT authorizer in the
 * cloud, the local gateway locally); this only reads its claims.
 *
 * @throws UnauthorizedError (401) without claims or without `sub`.
 * @throws ForbiddenError (403) naming the required role when no granted role satisfies it (`auditor`
 *   is satisfied by `auditor` or `admin` only).
 * @example
 * authorize({ sub: 'u-1', 'cognito:groups': '[admin]' }, 'operator'); // { type: 'user', id: 'u-1' }
 */
export const authorize = (claims: JwtClaims | undefined, required: Role): Actor => {
  if (claims === undefined || Object.keys(claims).length === 0) {
    throw new UnauthorizedError('Missing bearer token: the request carries no verified JWT claims');
  }
  const actor = actorFromClaims(claims);
  const grants = rolesFromClaims(claims);
  const granted = highestRole(grants);
  if (granted === undefined) {
    throw new ForbiddenError(`Role '${required}' required; the token grants no platform role`);
  }
  // Every grant counts: `auditor` sits beside the ladder, so the highest ladder role alone would not say.
  if (!grants.some((grant) => roleSatisfies(grant, required))) {
    throw new ForbiddenError(`Role '${required}' required; the token grants '${[...new Set(grants)].join("', '")}'`);
  }
  return actor;
};
