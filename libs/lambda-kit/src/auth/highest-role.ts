import { ROLES, type Role } from './roles';

/**
 * The most powerful of `roles` (`admin` > `operator` > `viewer`), or `undefined` when there is none.
 *
 * @example
 * highestRole(['viewer', 'admin', 'operator']); // 'admin'
 */
export const highestRole = (roles: readonly Role[]): Role | undefined =>
  [...ROLES].reverse().find((role) => roles.includes(role));
